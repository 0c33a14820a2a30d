// 1,000 concurrent syncLicenses calls against a handler that throttles with a sliding window,
// counting the 429s on the wire: callers retrying in lockstep (what the client did before
// jitter) against the jittered backoff. Virtual time, so nothing sleeps for real.
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { docsToken, docsTokenId, graphError, testClient, tokensUrl } from '../support/graph.js';
import { server } from '../support/server.js';
import { seededRandom, virtualClock } from '../support/virtualClock.js';

// Not useGraphServer(): cloning ~25,000 requests for `seen` would double the run time.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

const callers = 1000;
const windowMs = 1000;
const perWindow = 50; // 1,000 callers need 20 windows at the least

async function storm(options: { retryAfter: boolean; random: () => number }) {
  const time = virtualClock(undefined, 200);
  const admitted: number[] = [];
  let throttled = 0;
  let onWire = 0;
  server.use(
    http.post(`${tokensUrl}/:id/syncLicenses`, () => {
      onWire++;
      const now = time.clock.now();
      while (admitted.length > 0 && (admitted[0] ?? now) <= now - windowMs) admitted.shift();
      if (admitted.length >= perWindow) {
        throttled++;
        const freeInMs = (admitted[0] ?? now) + windowMs - now;
        const headers: Record<string, string> = options.retryAfter
          ? { 'retry-after': String(Math.ceil(freeInMs / 1000)) }
          : {};
        return graphError(429, 'TooManyRequests', 'Please retry again later.', headers);
      }
      admitted.push(now);
      return HttpResponse.json(docsToken);
    }),
  );
  const client = testClient({
    retry: {
      clock: time.clock,
      random: options.random,
      maxRetries: 10,
      baseDelayMs: 1000,
      maxDelayMs: 30 * 60_000,
    },
  });
  const results = await Promise.allSettled(
    Array.from({ length: callers }, () =>
      time.run(() =>
        client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).syncLicenses.post(),
      ),
    ),
  );
  const failed = results.filter((r) => r.status === 'rejected').length;
  return { throttled, onWire, failed, elapsedMs: time.elapsed() };
}

const lockstepWithRetryAfter = () => 0; // waits exactly Retry-After, as before jitter
const lockstepWithout = () => 1 - Number.EPSILON; // waits baseDelayMs · 2^attempt, as before

describe(
  'a storm of 1,000 throttled calls (sliding window of 50 per second)',
  { timeout: 180_000 },
  () => {
    it.each([
      ['with Retry-After', true, lockstepWithRetryAfter],
      ['without Retry-After', false, lockstepWithout],
    ] as const)(
      '%s: jitter sends far fewer 429s than lockstep, and every call succeeds',
      async (label, retryAfter, lockstep) => {
        const before = await storm({ retryAfter, random: lockstep });
        const after = await storm({ retryAfter, random: seededRandom(11) });
        console.info(
          `storm ${label}: lockstep ${before.throttled} 429s of ${before.onWire} requests (${before.failed} calls failed, ${before.elapsedMs / 1000} s); ` +
            `jittered ${after.throttled} 429s of ${after.onWire} requests (${after.failed} failed, ${after.elapsedMs / 1000} s)`,
        );
        expect(after.failed).toBe(0);
        expect(after.onWire - after.throttled).toBe(callers);
        expect(before.failed).toBeGreaterThan(0); // lockstep runs out of retries
        expect(after.throttled * 2).toBeLessThan(before.throttled);
      },
    );
  },
);
