// 2. Client overhead per call: sequential syncLicenses against one local server process,
// alternating clients in rounds after a warm-up; medians of per-round means, as ratios to fetch.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createSyncLicenses as plainFetch } from './bundle-entries/plain-fetch.mjs';
import { createSyncLicenses as graphVpp } from './bundle-entries/graph-vpp.mjs';
import { createSyncLicenses as msgraphSdk } from './bundle-entries/msgraph-sdk.mjs';
import { createSyncLicenses as microsoftGraphClient } from './bundle-entries/microsoft-graph-client.mjs';

const id = '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c';
const accessToken = 'bench-token';

/** The same entries the bundle bench measures; each builds its client once. */
export const overheadClients = {
  'plain fetch': plainFetch,
  'graph-vpp-client + auth': graphVpp,
  '@microsoft/msgraph-sdk route': msgraphSdk,
  '@microsoft/microsoft-graph-client 3.x': microsoftGraphClient,
};

export async function overheadBench({ rounds = 15, callsPerRound = 200, warmup = 300 } = {}) {
  const server = fork(new URL('./overhead-server.mjs', import.meta.url), {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = await once(server.stdout, 'data');
  const baseUrl = `http://127.0.0.1:${String(chunk).trim()}/v1.0`;
  try {
    const calls = Object.fromEntries(
      Object.entries(overheadClients).map(([name, make]) => {
        const syncLicenses = make(baseUrl, accessToken);
        return [name, () => syncLicenses(id)];
      }),
    );
    for (const call of Object.values(calls)) for (let i = 0; i < warmup; i++) await call();
    const perRound = Object.fromEntries(Object.keys(calls).map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, call] of Object.entries(calls)) {
        const start = process.hrtime.bigint();
        for (let i = 0; i < callsPerRound; i++) await call();
        perRound[name].push(Number(process.hrtime.bigint() - start) / 1e6 / callsPerRound);
      }
    }
    return Object.fromEntries(
      Object.entries(perRound).map(([name, times]) => [name, median(times)]),
    );
  } finally {
    server.send('stop');
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await overheadBench();
  const floor = result['plain fetch'];
  console.table(
    Object.fromEntries(
      Object.entries(result).map(([n, ms]) => [
        n,
        { msPerCall: ms.toFixed(3), ratio: (ms / floor).toFixed(2) },
      ]),
    ),
  );
}
