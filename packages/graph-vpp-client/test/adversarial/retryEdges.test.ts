// Retry delays at their edges: jitter bounds over many draws, Retry-After never undercut,
// delays no timer can hold, bad options and bad random sources.
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphError, systemClock } from '../../src/index.js';
import { backoffDelay, maxTimerDelayMs } from '../../src/http/backoff.js';
import { docsTokenId, graphError, testClient, tokensUrl } from '../support/graph.js';
import { seen, server, useGraphServer } from '../support/server.js';
import { fakeClock } from '../support/fakeClock.js';
import { seededRandom } from '../support/virtualClock.js';

useGraphServer();

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
process.on('warning', onWarning);
afterEach(() => {
  warnings.length = 0;
});

describe('backoffDelay over 10,000 draws', () => {
  const random = seededRandom(7);
  it.each([0, 1, 2, 5, 9])(
    'attempt %i without Retry-After stays in [0, min(max, base·3^n)]',
    (attempt) => {
      const ceiling = Math.min(60_000, 1000 * 3 ** attempt);
      const draws = Array.from({ length: 10_000 }, () =>
        backoffDelay({
          attempt,
          retryAfterMs: undefined,
          baseDelayMs: 1000,
          maxDelayMs: 60_000,
          random,
        }),
      ) as number[];
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...draws)).toBeLessThanOrEqual(ceiling);
      // Spread, not lockstep: the draws cover most of the range.
      expect(Math.max(...draws) - Math.min(...draws)).toBeGreaterThan(ceiling * 0.9);
    },
  );

  it.each([0, 1500, 59_000, 60_000])(
    'with Retry-After %i ms: never earlier, at most maxDelayMs',
    (retryAfterMs) => {
      const draws = Array.from({ length: 10_000 }, (_, attempt) =>
        backoffDelay({
          attempt: attempt % 4,
          retryAfterMs,
          baseDelayMs: 1000,
          maxDelayMs: 60_000,
          random,
        }),
      ) as number[];
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(retryAfterMs);
      expect(Math.max(...draws)).toBeLessThanOrEqual(60_000);
      // Near the cap the jitter window is too narrow for many distinct draws.
      const minDistinct = retryAfterMs < 59_000 ? 100 : 0;
      expect(new Set(draws).size).toBeGreaterThan(minDistinct);
    },
  );

  it.each([
    ['NaN', Number.NaN],
    ['negative', -5],
    ['1', 1],
    ['above 1', 7],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('a random source returning %s still gives a bounded delay', (_label, value) => {
    const delay = backoffDelay({
      attempt: 2,
      retryAfterMs: 1000,
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      random: () => value,
    });
    expect(delay).toBeGreaterThanOrEqual(1000);
    expect(delay).toBeLessThanOrEqual(10_000);
  });

  it('never exceeds what a timer can hold, whatever maxDelayMs says', () => {
    const delay = backoffDelay({
      attempt: 40,
      retryAfterMs: undefined,
      baseDelayMs: 1e9,
      maxDelayMs: 1e15,
      random: () => 0.99,
    });
    expect(delay).toBeLessThanOrEqual(maxTimerDelayMs);
    expect(
      backoffDelay({
        attempt: 0,
        retryAfterMs: 30 * 86_400_000,
        baseDelayMs: 1000,
        maxDelayMs: 1e15,
        random,
      }),
    ).toBeUndefined();
  });
});

describe('Retry-After of days', () => {
  it.each([
    ['30 days in seconds', String(30 * 86_400)],
    ['25 days in seconds (just over a timer)', String(25 * 86_400)],
    ['a huge number', '99999999999999999999'],
    ['an HTTP date a year away', new Date(Date.now() + 365 * 86_400_000).toUTCString()],
  ])(
    '%s with maxDelayMs 1e12: the 429 comes back at once, no retry, no warning',
    async (_label, retryAfter) => {
      server.use(
        http.get(`${tokensUrl}/:id`, () =>
          graphError(429, 'TooManyRequests', 'Later.', { 'retry-after': retryAfter }),
        ),
      );
      // The real clock: an overflowing setTimeout would fire after 1 ms and retry at once.
      const client = testClient({ retry: { maxDelayMs: 1e12, clock: systemClock } });
      const error = (await client.deviceAppManagement.vppTokens
        .byVppTokenId(docsTokenId)
        .get()
        .catch((e: unknown) => e)) as GraphError;
      await new Promise((resolve) => setImmediate(resolve));
      expect(error).toBeInstanceOf(GraphError);
      expect(error.status).toBe(429);
      expect(error.retryAfterSeconds).toBeGreaterThan(24 * 86_400);
      expect(seen).toHaveLength(1);
      expect(warnings.map((w) => w.name)).not.toContain('TimeoutOverflowWarning');
    },
  );

  it('systemClock.sleep longer than a timer neither fires early nor warns', async () => {
    const controller = new AbortController();
    let settled = false;
    const sleeping = systemClock.sleep(maxTimerDelayMs + 10_000, controller.signal).then(
      () => (settled = true),
      () => 'aborted',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    controller.abort();
    await expect(sleeping).resolves.toBe('aborted');
    expect(warnings.map((w) => w.name)).not.toContain('TimeoutOverflowWarning');
  });
});

describe('retry options', () => {
  it.each([
    ['maxRetries', Number.NaN],
    ['maxRetries', -1],
    ['baseDelayMs', -100],
    ['maxDelayMs', Number.NaN],
    ['baseDelayMs', '1000'],
  ])('refuses %s = %j with a clear TypeError', (name, value) => {
    expect(() => testClient({ retry: { [name]: value } })).toThrow(
      new RegExp(
        `^retry\\.${name} must be a number of at least 0, got .*\\. Leave it out for the default`,
      ),
    );
  });

  it('refuses a random that is not a function', () => {
    expect(() => testClient({ retry: { random: 0.5 as unknown as () => number } })).toThrow(
      'retry.random must be a function',
    );
  });

  it('still takes the README’s retry: { clock } alone, jittering with Math.random', async () => {
    server.use(http.get(`${tokensUrl}/:id`, () => graphError(503, 'ServiceUnavailable', 'Busy.')));
    const time = fakeClock();
    await testClient({ retry: { clock: time.clock, baseDelayMs: 1000 } })
      .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
      .get()
      .catch(() => undefined);
    expect(time.sleeps).toHaveLength(3);
    time.sleeps.forEach((ms, attempt) => {
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThanOrEqual(1000 * 3 ** attempt);
    });
  });
});
