// `retry: { clock: fake.clock }` under concurrency: 1 000 concurrent creates against Intune's
// write limit (100 per 20 s) all succeed through graph-vpp-client, no access token expires, and
// fake time moves by about the longest chain of waits, not by the sum of every caller's waits.
import { createVppTokensClient, GraphError } from 'graph-vpp-client';
import { describe, expect, it } from 'vitest';
import { createVppFakeCore } from '../../src/entries/core.js';
import { bearerProvider } from '../support/auth.js';
import { noFailures, Tally } from './tally.js';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('adversarial: the fake clock as the client retry clock', () => {
  it('1 000 concurrent throttled creates: all stored once, no 401, time ≈ the longest chain', async () => {
    const fake = createVppFakeCore({
      throttling: true,
      vppTokens: [],
      journal: { maxEntries: 100_000 },
      strict: false, // 4 600 answers; the contract suites check their shape
    });
    const start = fake.clock.now();
    // One access token for every call: if fake time ran by the sum of the waits it would expire.
    const accessToken = fake.mintAccessToken({ expiresInSeconds: 3_600 });
    const maxDelayMs = 60_000;
    const maxRetries = 10;
    const client = createVppTokensClient({
      authProvider: bearerProvider(() => accessToken),
      fetch: (input, init) => fake.fetch(input, init),
      retry: { clock: fake.clock, maxRetries, maxDelayMs, random: seededRandom(7) },
    });
    const tally = new Tally();
    const names = Array.from({ length: 1_000 }, (_, i) => `Org ${i}`);
    await Promise.all(
      names.map(async (organizationName) => {
        tally.cases += 1;
        try {
          await client.deviceAppManagement.vppTokens.post({ token: 'apple', organizationName });
        } catch (error) {
          const status = error instanceof GraphError ? error.status : 0;
          tally.record(
            status === 401 ? 'leaks' : 'wrongAnswers',
            `${organizationName}: ${status} ${String(error)}`,
          );
        }
      }),
    );
    const stored = fake.listVppTokens().map((t) => t.organizationName);
    for (const name of names)
      if (stored.filter((s) => s === name).length !== 1) tally.record('lostUpdates', name);
    expect(tally.failures).toEqual(noFailures);
    expect(tally.cases).toBe(1_000);
    const statuses = fake.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toEqual([]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    // The longest chain is at most maxRetries + 1 waits of maxDelayMs; the sum of every caller's
    // waits would be hours.
    const elapsed = fake.clock.now() - start;
    expect(elapsed).toBeLessThanOrEqual((maxRetries + 1) * maxDelayMs);
    expect(elapsed).toBeGreaterThanOrEqual(9 * 20_000 - 1); // 10 windows of 100 writes
  });
});
