// 2. Client overhead per call: sequential syncLicenses, every client in every round (the order
// reversed every other round, A B C D / D C B A), so load from other processes falls on all of
// them alike. Ratios are taken inside each round and reported as the median with their spread.
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

/** Over a local keep-alive server in another process: what a caller sees. */
export async function overheadBench(options = {}) {
  const server = fork(new URL('./overhead-server.mjs', import.meta.url), {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = await once(server.stdout, 'data');
  try {
    return await interleaved(`http://127.0.0.1:${String(chunk).trim()}/v1.0`, options);
  } finally {
    server.send('stop');
  }
}

/**
 * With `fetch` answered in-process (no socket, no server): what each client itself costs per
 * call. Used to explain the network numbers, not for a budget.
 */
export async function stubFetchBench(options = {}) {
  const realFetch = globalThis.fetch;
  const body = JSON.stringify({ id, organizationName: 'Organization Name value', state: 'valid' });
  const headers = { 'content-type': 'application/json' };
  globalThis.fetch = async () => new Response(body, { status: 200, headers });
  try {
    return await interleaved('http://127.0.0.1:9/v1.0', options);
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** Per client: median ms per call; per pair: the median of in-round ratios and their range. */
async function interleaved(baseUrl, { rounds = 101, callsPerRound = 80, warmup = 400 } = {}) {
  const calls = Object.entries(overheadClients).map(([name, make]) => {
    const syncLicenses = make(baseUrl, accessToken);
    return [name, () => syncLicenses(id)];
  });
  for (const [, call] of calls) for (let i = 0; i < warmup; i++) await call();
  const perRound = Object.fromEntries(calls.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, call] of round % 2 ? [...calls].reverse() : calls) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < callsPerRound; i++) await call();
      perRound[name].push(Number(process.hrtime.bigint() - start) / 1e6 / callsPerRound);
    }
  }
  const ms = Object.fromEntries(Object.entries(perRound).map(([n, t]) => [n, median(t)]));
  const ratio = (a, b) => spread(perRound[a].map((t, i) => t / perRound[b][i]));
  return { ms, ratio, rounds, callsPerRound };
}

/** Median and the 10th–90th percentile range of a list of per-round values. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return { median: median(sorted), p10: at(0.1), p90: at(0.9) };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [label, bench] of [
    ['network', overheadBench],
    ['stub fetch', stubFetchBench],
  ]) {
    const { ms, ratio } = await bench();
    console.log(label);
    console.table(
      Object.fromEntries(
        Object.entries(ms).map(([n, v]) => {
          const r = ratio(n, '@microsoft/msgraph-sdk route');
          return [
            n,
            {
              msPerCall: v.toFixed(3),
              vsMsgraph: `${r.median.toFixed(2)} (${r.p10.toFixed(2)}–${r.p90.toFixed(2)})`,
            },
          ];
        }),
      ),
    );
  }
}
