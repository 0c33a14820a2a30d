import { describe, expect, it } from 'vitest';
import { SyncTimeoutError } from '../sync/waitForSync.js';
import { describeGraphError } from './describeGraphError.js';
import { GraphError, type GraphErrorDetails } from './graphError.js';

// Recognisable, JWT-shaped and long enough to be real: none of it may come out.
const accessToken =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJlLXNob3VsZC1uZXZlci1sZWFr';
const appleToken = 'eyJleHBEYXRlIjoiMjAyNy0wMy0zMVQwMDowMDowMCswMDAwIiwidG9rZW4iOiJzZWNyZXQifQ==';
const secretParts = [accessToken, ...accessToken.split('.'), appleToken];

const graphError = (status: number, extra: Partial<GraphErrorDetails> = {}) =>
  new GraphError({ status, code: 'Code', message: 'What Graph said.', ...extra });

describe('describeGraphError', () => {
  it('names the missing permission when Graph says which one', () => {
    const error = graphError(403, {
      code: 'Forbidden',
      message:
        'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.ReadWrite.All',
      requestId: 'r-1',
    });
    expect(describeGraphError(error)).toBe(
      'Microsoft Graph refused the request (403): the signed-in account is missing the permission DeviceManagementServiceConfig.ReadWrite.All. (request-id r-1)',
    );
  });

  it('names the application permission an app-only token lacks, and otherwise which permission is needed', () => {
    const appOnly = graphError(403, {
      message:
        'Application is not authorized to perform this operation as called in app only context but does not have application permissions configured. Application must have one of the following roles: DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementApps.ReadWrite.All',
    });
    expect(describeGraphError(appOnly)).toContain(
      'the app is missing the application permission DeviceManagementServiceConfig.ReadWrite.All or DeviceManagementApps.ReadWrite.All (grant it to the app registration, with admin consent).',
    );
    const seedRefusal = graphError(403, {
      message:
        'Application is not authorized to perform this operation as called in app only context but does not have application permissions configured.',
    });
    expect(describeGraphError(seedRefusal)).toContain('app-only tokens are refused for this call');
    expect(describeGraphError(graphError(403))).toBe(
      'Microsoft Graph refused the request (403): What Graph said. The account needs DeviceManagementServiceConfig.ReadWrite.All (delegated).',
    );
  });

  it('says when to try again after throttling, rounding fractions up', () => {
    expect(describeGraphError(graphError(429, { retryAfterSeconds: 2.128 }))).toBe(
      'Intune is throttling requests; try again in 3 s.',
    );
    expect(describeGraphError(graphError(429))).toBe(
      'Intune is throttling requests; try again in a minute.',
    );
  });

  it('tells sign-in, not-found and service-down apart', () => {
    expect(describeGraphError(graphError(401))).toBe(
      'Microsoft Graph did not accept the sign-in (401): What Graph said. Sign in again.',
    );
    expect(describeGraphError(graphError(404))).toMatch(/^Microsoft Graph found no such VPP token/);
    expect(describeGraphError(graphError(503, { code: 'ServiceUnavailable' }))).toBe(
      'Microsoft Graph is not available right now (503 ServiceUnavailable); try again in a few minutes.',
    );
    expect(describeGraphError(graphError(504, { retryAfterSeconds: 30 }))).toMatch(
      /try again in 30 s\.$/,
    );
    expect(describeGraphError(graphError(409, { code: 'Conflict' }))).toBe(
      'Microsoft Graph refused the request (409 Conflict): What Graph said.',
    );
  });

  it('names network failures, cancellations, sign-in failures and sync timeouts', () => {
    expect(describeGraphError(new TypeError('Failed to fetch'))).toBe(
      'Cannot reach Microsoft Graph; check the network connection and try again.',
    );
    expect(describeGraphError(new DOMException('aborted', 'AbortError'))).toMatch(/cancelled/);
    const authError = Object.assign(new Error('no account signed in'), { name: 'GraphAuthError' });
    expect(describeGraphError(authError)).toBe('Could not sign in: no account signed in.');
    expect(describeGraphError(new SyncTimeoutError('id', 600_000, undefined))).toMatch(
      /^The sync was still running after 10 min/,
    );
    expect(describeGraphError('odd')).toBe('Something went wrong: odd.');
  });

  it('never repeats an access token or an Apple token found in a message or a body', () => {
    const leaky = [
      graphError(400, { message: `Invalid token ${appleToken} in request` }),
      graphError(401, { message: `Bearer ${accessToken} rejected` }),
      graphError(403, { message: `token=${accessToken}` }),
      graphError(502, { message: 'bad gateway', body: `Authorization: Bearer ${accessToken}` }),
      new Error(`request with Authorization: Bearer ${accessToken} failed`),
      Object.assign(new Error(`could not refresh ${accessToken}`), { name: 'GraphAuthError' }),
    ];
    for (const error of leaky) {
      const sentence = describeGraphError(error);
      for (const part of secretParts) expect(sentence).not.toContain(part);
      expect(sentence.length).toBeGreaterThan(20);
    }
    expect(describeGraphError(leaky[0])).toBe(
      'Microsoft Graph refused the request (400 Code): Invalid token [redacted] in request.',
    );
  });
});
