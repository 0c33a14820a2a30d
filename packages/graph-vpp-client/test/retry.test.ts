import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { GraphError, isRetryable } from '../src/index.js';
import { docsToken, docsTokenId, graphError, testClient, tokensUrl } from './support/graph.js';
import { fakeClock } from './support/fakeClock.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

/** Answers with the given responses in order, then 200 with the docs token. */
function sequence(...responses: (() => Response)[]) {
  let i = 0;
  return () => (i < responses.length ? responses[i++]!() : HttpResponse.json(docsToken));
}
const throttled = (retryAfter?: string) => () =>
  graphError(
    429,
    'TooManyRequests',
    'Please retry again later.',
    retryAfter === undefined ? {} : { 'retry-after': retryAfter },
  );
const unavailable = () => graphError(503, 'ServiceUnavailable', 'Service unavailable');

function clientWithClock(retry: Record<string, unknown> = {}) {
  const time = fakeClock();
  return { ...time, client: testClient({ retry: { clock: time.clock, ...retry } }) };
}
const syncOf = (client: ReturnType<typeof testClient>) =>
  client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).syncLicenses.post();

describe('retries on 429/503/504', () => {
  it('honours a fractional Retry-After in seconds (2.128 s) and marks the retry', async () => {
    server.use(http.post(`${tokensUrl}/:id/syncLicenses`, sequence(throttled('2.128'))));
    const { client, sleeps } = clientWithClock({ random: () => 0 });
    const token = await syncOf(client);
    expect(token?.id).toBe(docsTokenId);
    expect(sleeps).toEqual([2128]); // the least jitter: exactly what Retry-After said
    expect(seen.map((r) => r.headers.get('retry-attempt'))).toEqual([null, '1']);
    // One logical call keeps one client-request-id across its retries.
    expect(seen[1]!.headers.get('client-request-id')).toBe(
      seen[0]!.headers.get('client-request-id'),
    );
  });

  it('honours Retry-After as an HTTP date, spreading the retry after it', async () => {
    const { client, sleeps, clock } = clientWithClock({ random: () => 0.5 });
    const at = new Date(clock.now() + 7_000).toUTCString();
    server.use(http.get(`${tokensUrl}/:id`, sequence(throttled(at))));
    await client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
    expect(sleeps).toEqual([7000 + 500]); // Retry-After + half of baseDelayMs · 3^0
  });

  it('backs off exponentially without Retry-After, and gives up after maxRetries', async () => {
    server.use(http.get(`${tokensUrl}/:id`, unavailable));
    const draws = [0.999, 0.999, 0.25];
    const { client, sleeps } = clientWithClock({
      maxRetries: 3,
      baseDelayMs: 500,
      random: () => draws.shift() ?? 0,
    });
    const error = await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(503);
    expect(seen).toHaveLength(4);
    // Full jitter: a draw r waits r · 500 · 3^attempt.
    expect(sleeps).toEqual([500, 1499, 1125]);
  });

  it('caps maxRetries at 10', async () => {
    server.use(http.get(`${tokensUrl}/:id`, unavailable));
    const { client } = clientWithClock({ maxRetries: 50, baseDelayMs: 0 });
    await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get()
      .catch(() => undefined);
    expect(seen).toHaveLength(11);
  });

  it('returns the 429 to the caller when Retry-After is longer than maxDelayMs', async () => {
    server.use(http.post(`${tokensUrl}/:id/syncLicenses`, throttled('120')));
    const { client, sleeps } = clientWithClock({ maxDelayMs: 60_000 });
    const error = (await syncOf(client).catch((e: unknown) => e)) as GraphError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(120);
    expect(sleeps).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('retries syncLicenses on 503 (re-sending it only restarts the same sync)', async () => {
    server.use(http.post(`${tokensUrl}/:id/syncLicenses`, sequence(unavailable)));
    const { client } = clientWithClock();
    await expect(syncOf(client)).resolves.toMatchObject({ id: docsTokenId });
    expect(seen).toHaveLength(2);
  });

  it('does not retry a create on 503 (it may have created the token), but does on 429', async () => {
    server.use(http.post(tokensUrl, sequence(unavailable)));
    const { client } = clientWithClock();
    const error = (await client.deviceAppManagement.vppTokens
      .post({ token: 't' })
      .catch((e: unknown) => e)) as GraphError;
    expect(error.status).toBe(503);
    expect(seen).toHaveLength(1);

    seen.length = 0;
    server.use(http.post(tokensUrl, sequence(throttled('0'))));
    await expect(client.deviceAppManagement.vppTokens.post({ token: 't' })).resolves.toMatchObject({
      id: docsTokenId,
    });
    expect(seen).toHaveLength(2);
    expect(await seen[1]!.json()).toEqual({ token: 't' });
  });

  it('does not retry other errors', async () => {
    server.use(http.get(`${tokensUrl}/:id`, () => graphError(500, 'InternalServerError', 'boom')));
    const { client, sleeps } = clientWithClock();
    await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get()
      .catch(() => undefined);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('never retries with retry: false', async () => {
    server.use(http.get(`${tokensUrl}/:id`, throttled('0')));
    await testClient({ retry: false })
      .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
      .get()
      .catch(() => undefined);
    expect(seen).toHaveLength(1);
  });

  it('stops waiting when the call is aborted during a backoff', async () => {
    const { withSignal } = await import('../src/index.js');
    server.use(http.get(`${tokensUrl}/:id`, throttled('1')));
    const controller = new AbortController();
    const client = testClient({
      retry: {
        clock: {
          now: () => 0,
          sleep: (_ms, signal) => {
            controller.abort();
            return Promise.reject(signal?.reason);
          },
        },
      },
    });
    const error = await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get(withSignal(controller.signal))
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(seen).toHaveLength(1);
  });
});

describe('isRetryable', () => {
  it.each([
    [429, 'POST', 'https://g/v1.0/deviceAppManagement/vppTokens', true],
    [503, 'POST', 'https://g/v1.0/deviceAppManagement/vppTokens', false],
    [504, 'POST', 'https://g/v1.0/deviceAppManagement/vppTokens/x/syncLicenses', true],
    [
      503,
      'POST',
      'https://g/v1.0/deviceAppManagement/vppTokens/x/microsoft.graph.syncLicenses',
      true,
    ],
    [503, 'GET', 'https://g/v1.0/deviceAppManagement/vppTokens', true],
    [503, 'PATCH', 'https://g/v1.0/deviceAppManagement/vppTokens/x', true],
    [504, 'DELETE', 'https://g/v1.0/deviceAppManagement/vppTokens/x', true],
    [500, 'GET', 'https://g/v1.0/deviceAppManagement/vppTokens', false],
    [502, 'GET', 'https://g/v1.0/deviceAppManagement/vppTokens', false],
  ])('%i %s %s → %s', (status, method, url, expected) => {
    expect(isRetryable(status, method, url)).toBe(expected);
  });
});
