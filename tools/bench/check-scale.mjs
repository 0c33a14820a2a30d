// `graph-vpp check` over 500 tokens: the request count (one paged list, no per-token request)
// and the real time the classification and formatting take, on the fake clock for Graph.
import { createVppFakeCore } from 'graph-vpp-fake/core';
import { performance } from 'node:perf_hooks';
import { runCli } from 'graph-vpp-cli';

const startTime = Date.parse('2026-06-15T12:00:00Z');

export async function checkScaleBench({ tokens = 500, format = 'json' } = {}) {
  const fake = createVppFakeCore({
    startTime,
    pageSize: 100,
    vppTokens: Array.from({ length: tokens }, (_, i) => ({
      id: `bench-${i}`,
      organizationName: `Org ${i}`,
      state: i % 50 === 0 ? 'expired' : 'valid',
      lastSyncStatus: 'completed',
      lastSyncDateTime: new Date(startTime - 3_600_000).toISOString(),
    })),
  });
  let stdout = '';
  const started = performance.now();
  const code = await runCli(
    [
      'check',
      '--format',
      format,
      '--access-token',
      fake.mintAccessToken({ expiresInSeconds: 3600 }),
    ],
    {
      stdout: { write: (t) => (stdout += t) },
      stderr: { write: () => true },
      env: {},
      isTTY: false,
      clock: fake.clock,
      fetch: (input, init) => fake.fetch(input, init),
    },
  );
  const realMs = performance.now() - started;
  return {
    exitCode: code,
    tokens,
    requests: fake.requests.length,
    listRequests: fake.requests.filter((r) => r.operationId === 'vppTokens.list').length,
    outputBytes: stdout.length,
    realMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await checkScaleBench());
