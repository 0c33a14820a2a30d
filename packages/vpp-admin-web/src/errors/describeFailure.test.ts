import { GraphAuthError } from 'graph-vpp-auth';
import { GraphError, SyncTimeoutError } from 'graph-vpp-client';
import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  isSpecificToToken,
  networkMessage,
  permissionHint,
} from './describeFailure.js';

const graphError = (
  status: number,
  extra: Partial<ConstructorParameters<typeof GraphError>[0]> = {},
) => new GraphError({ status, code: 'Code', message: 'What Graph said.', ...extra });

describe('describeFailure', () => {
  it('adds the permission hint and request-id to a 403', () => {
    expect(describeFailure(graphError(403, { requestId: 'r-1' }))).toBe(
      `Microsoft Graph refused the request (403): What Graph said. ${permissionHint} (request-id r-1)`,
    );
  });

  it('turns Retry-After into when to try again, rounding fractions up', () => {
    expect(describeFailure(graphError(429, { retryAfterSeconds: 2.128 }))).toBe(
      'Intune is throttling requests; try again in 3 s.',
    );
    expect(describeFailure(graphError(429))).toBe(
      'Intune is throttling requests; try again in a minute.',
    );
  });

  it('asks to sign in again after a 401', () => {
    expect(describeFailure(graphError(401))).toMatch(
      /did not accept the sign-in \(401\).*Sign in again\./,
    );
  });

  it('keeps status, code and message of other Graph errors', () => {
    expect(describeFailure(graphError(503))).toBe(
      'Microsoft Graph answered 503 Code: What Graph said.',
    );
  });

  it('reads a fetch TypeError as the network, and names sign-in and timeout failures', () => {
    expect(describeFailure(new TypeError('Failed to fetch'))).toBe(networkMessage);
    expect(describeFailure(new GraphAuthError('token-unavailable', 'no account'))).toBe(
      'Could not sign in: no account',
    );
    expect(describeFailure(new SyncTimeoutError('id', 600_000, undefined))).toMatch(
      /still running after 10 min/,
    );
  });

  it('tells failures about one token from those that would hit every token', () => {
    expect(isSpecificToToken(graphError(404))).toBe(true);
    expect(isSpecificToToken(graphError(403))).toBe(false);
    expect(isSpecificToToken(graphError(429))).toBe(false);
    expect(isSpecificToToken(graphError(503))).toBe(false);
    expect(isSpecificToToken(new TypeError('Failed to fetch'))).toBe(false);
  });
});
