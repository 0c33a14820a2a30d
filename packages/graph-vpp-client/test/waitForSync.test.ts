import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { GraphError, SyncTimeoutError, waitForSync } from '../src/index.js';
import { docsToken, docsTokenId, graphError, testClient, tokensUrl } from './support/graph.js';
import { fakeClock } from './support/fakeClock.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

function statuses(...sequence: (string | (() => Response))[]) {
  let i = 0;
  server.use(
    http.get(`${tokensUrl}/:id`, () => {
      const next = sequence[Math.min(i++, sequence.length - 1)]!;
      return typeof next === 'function'
        ? next()
        : HttpResponse.json({ ...docsToken, lastSyncStatus: next });
    }),
  );
}

describe('waitForSync', () => {
  it('polls with growing pauses until the sync completes', async () => {
    statuses('inProgress', 'inProgress', 'inProgress', 'completed');
    const { clock, sleeps } = fakeClock();
    const token = await waitForSync(testClient(), docsTokenId, { clock, intervalMs: 1000 });
    expect(token.lastSyncStatus).toBe('completed');
    expect(seen).toHaveLength(4);
    expect(sleeps).toEqual([1000, 1500, 2250]);
  });

  it('returns a failed sync too', async () => {
    statuses('inProgress', 'failed');
    const { clock } = fakeClock();
    await expect(waitForSync(testClient(), docsTokenId, { clock })).resolves.toMatchObject({
      lastSyncStatus: 'failed',
    });
  });

  it('waits out a Retry-After on a throttled poll', async () => {
    statuses(
      () => graphError(429, 'TooManyRequests', 'slow down', { 'retry-after': '9' }),
      'completed',
    );
    const { clock, sleeps } = fakeClock();
    const token = await waitForSync(testClient({ retry: false }), docsTokenId, {
      clock,
      intervalMs: 1000,
    });
    expect(token.lastSyncStatus).toBe('completed');
    expect(sleeps).toEqual([9000]);
  });

  it('rejects with SyncTimeoutError carrying the last token when time runs out', async () => {
    statuses('inProgress');
    const { clock } = fakeClock();
    const error = await waitForSync(testClient(), docsTokenId, {
      clock,
      timeoutMs: 10_000,
      intervalMs: 2000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncTimeoutError);
    expect((error as SyncTimeoutError).lastToken?.lastSyncStatus).toBe('inProgress');
    expect((error as SyncTimeoutError).message).toMatch(/still inProgress after 10000 ms/);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('rejects on a non-transient error', async () => {
    statuses(() => graphError(404, 'ResourceNotFound', 'gone'));
    const { clock } = fakeClock();
    const error = await waitForSync(testClient(), docsTokenId, { clock }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(404);
  });

  it('stops when the signal aborts', async () => {
    statuses('inProgress');
    const controller = new AbortController();
    const { clock } = fakeClock();
    const aborting = {
      ...clock,
      sleep: (ms: number, signal?: AbortSignal) => (controller.abort(), clock.sleep(ms, signal)),
    };
    const error = await waitForSync(testClient(), docsTokenId, {
      clock: aborting,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
  });
});
