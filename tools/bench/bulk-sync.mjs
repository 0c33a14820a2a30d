// 4. Bulk sync: the CLI syncing 500 tokens against the fake with Intune's documented limits on,
// timed on the fake clock, against the ideal the write budget allows; 429s counted.
import { createVppFakeCore } from 'graph-vpp-fake/core';
import { runCli } from 'graph-vpp-cli';

export async function bulkSyncBench({ tokens = 500 } = {}) {
  const fake = createVppFakeCore({
    throttling: true,
    vppTokens: Array.from({ length: tokens }, (_, i) => ({
      id: `bench-${i}`,
      organizationName: `Org ${i}`,
      state: 'valid',
    })),
  });
  const start = fake.clock.now();
  let stdout = '';
  const code = await runCli(
    ['sync', '--all', '--json', '--access-token', fake.mintAccessToken({ expiresInSeconds: 3600 })],
    {
      stdout: { write: (t) => (stdout += t) },
      stderr: { write: () => true },
      env: {},
      isTTY: false,
      clock: fake.clock,
      fetch: (input, init) => fake.fetch(input, init),
    },
  );
  const elapsedMs = fake.clock.now() - start;
  // 100 writes per 20 s: the first 100 at once, one more window for each further 100.
  const idealMs = Math.max(0, Math.ceil(tokens / 100) - 1) * 20_000;
  return {
    exitCode: code,
    synced: JSON.parse(stdout).summary.accepted,
    throttled: fake.requests.filter((r) => r.status === 429).length,
    elapsedMs,
    idealMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await bulkSyncBench());
