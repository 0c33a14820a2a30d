import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { GraphError, isGraphError } from '../src/index.js';
import {
  docsTokenId,
  graphError,
  testAccessToken,
  testClient,
  tokensUrl,
} from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

const syncUrl = `${tokensUrl}/:id/syncLicenses`;
const sync = (client = testClient({ retry: false })) =>
  client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).syncLicenses.post();

const intune403Message = JSON.stringify({
  _version: 3,
  Message:
    'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.ReadWrite.All - Operation ID (for customer support): 11111111-2222-3333-4444-555555555555 - Activity ID: 66666666-7777-8888-9999-000000000000 - Url: https://fef.msub02.manage.microsoft.com/AppleVppService/deviceAppManagement/vppTokens?api-version=2024-01-01',
  CustomApiErrorPhrase: '',
  RetryAfter: null,
  ErrorSourceService: '',
  HttpHeaders: '{}',
}).replace(/,/g, ',\r\n');

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('failed calls reject with GraphError', () => {
  it("unpacks Intune's JSON-inside-message 403", async () => {
    server.use(
      http.post(syncUrl, () =>
        HttpResponse.json(
          {
            error: {
              code: 'Forbidden',
              message: intune403Message,
              innerError: {
                date: '2025-01-22T19:17:04',
                'request-id': 'rid-403',
                'client-request-id': 'crid-403',
              },
            },
          },
          { status: 403 },
        ),
      ),
    );
    const error = await failure(sync());
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toBeInstanceOf(Error);
    const graphError = error as GraphError;
    expect(graphError.status).toBe(403);
    expect(graphError.code).toBe('Forbidden');
    expect(graphError.message).toBe(
      '403 Forbidden: Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.ReadWrite.All',
    );
    expect(graphError.reason).toBe(
      'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.ReadWrite.All',
    );
    expect(graphError.requestId).toBe('rid-403');
    expect(graphError.clientRequestId).toBe('crid-403');
    expect(graphError.date?.toISOString()).toBe('2025-01-22T19:17:04.000Z');
    expect(graphError.operationId).toBe('11111111-2222-3333-4444-555555555555');
    expect(graphError.activityId).toBe('66666666-7777-8888-9999-000000000000');
    expect(graphError.stack).toContain('GraphError');
  });

  it('reads a plain 404 ResourceNotFound and falls back to the request-id header', async () => {
    server.use(
      http.post(syncUrl, () =>
        HttpResponse.json(
          { error: { code: 'ResourceNotFound', message: 'Resource not found for the segment x.' } },
          { status: 404, headers: { 'request-id': 'hdr-rid', 'client-request-id': 'hdr-crid' } },
        ),
      ),
    );
    const error = (await failure(sync())) as GraphError;
    expect(error).toMatchObject({
      status: 404,
      code: 'ResourceNotFound',
      requestId: 'hdr-rid',
      clientRequestId: 'hdr-crid',
    });
    expect(error.message).toBe('404 ResourceNotFound: Resource not found for the segment x.');
    expect(error.date).toBeUndefined();
  });

  it('keeps the status of a non-JSON (HTML) 502 from a gateway', async () => {
    server.use(
      http.post(syncUrl, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
      ),
    );
    const error = (await failure(sync())) as GraphError;
    expect(isGraphError(error)).toBe(true);
    expect(error.status).toBe(502);
    expect(error.code).toBe('Bad Gateway');
    expect(error.contentType).toBe('text/html');
    expect(error.body).toContain('502 Bad Gateway');
    expect(error.message).toContain('502');
  });

  it('reads retryAfterSeconds from a 429 it did not retry', async () => {
    server.use(
      http.post(syncUrl, () =>
        graphError(429, 'TooManyRequests', 'Please retry again later.', { 'retry-after': '2.128' }),
      ),
    );
    const error = (await failure(sync())) as GraphError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(2.128);
    expect(error.isTransient).toBe(true);
  });

  it('never puts the access token into the error', async () => {
    server.use(
      http.post(syncUrl, () =>
        graphError(
          401,
          'InvalidAuthenticationToken',
          'Access token has expired or is not yet valid.',
        ),
      ),
    );
    const error = await failure(sync());
    const everything =
      JSON.stringify(error, Object.getOwnPropertyNames(error)) +
      String(error) +
      String((error as Error).stack);
    expect(everything).not.toContain(testAccessToken);
  });

  it('lets network errors through as themselves, not as GraphError', async () => {
    server.use(http.post(syncUrl, () => HttpResponse.error()));
    const error = await failure(sync());
    expect(isGraphError(error)).toBe(false);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('cancels with an AbortSignal and rejects with an AbortError, not a GraphError', async () => {
    const { withSignal } = await import('../src/index.js');
    let release!: () => void;
    server.use(
      http.post(
        syncUrl,
        () =>
          new Promise<Response>(
            (resolve) =>
              (release = () => {
                resolve(HttpResponse.json({}));
              }),
          ),
      ),
    );
    const controller = new AbortController();
    const pending = testClient()
      .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
      .syncLicenses.post(withSignal(controller.signal));
    await expect.poll(() => seen.length).toBe(1);
    controller.abort();
    const error = await failure(pending);
    release();
    expect(isGraphError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });

  it('does not send at all when the signal is already aborted', async () => {
    const { withSignal } = await import('../src/index.js');
    server.use(http.post(syncUrl, () => HttpResponse.json({})));
    const error = await failure(
      testClient()
        .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
        .syncLicenses.post(withSignal(AbortSignal.abort())),
    );
    expect((error as Error).name).toBe('AbortError');
    expect(seen).toHaveLength(0);
  });
});
