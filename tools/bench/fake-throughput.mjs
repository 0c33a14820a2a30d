// 3. Fake throughput: requests/s through fake.handlers in msw versus an msw handler returning a
// constant body (the floor); and the standalone server versus a bare node:http server sending
// the same bytes (both in child processes, loaded from this one with keep-alive fetch).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createVppFake } from 'graph-vpp-fake';
import { median } from './overhead.mjs';

const concurrency = 8;

async function requestsPerSecond(url, headers, count) {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

function mswVariants() {
  const fake = createVppFake();
  const [first] = fake.listVppTokens();
  const url = `https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens/${first.id}`;
  const headers = { authorization: `Bearer ${fake.mintAccessToken()}` };
  const constantBody = JSON.parse(JSON.stringify(first));
  return {
    url,
    headers,
    variants: {
      'msw: constant JSON handler (floor)': [http.get(url, () => HttpResponse.json(constantBody))],
      'msw: graph-vpp-fake handlers': fake.handlers,
    },
  };
}

async function mswBench(rounds, perRound) {
  const { url, headers, variants } = mswVariants();
  const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let round = -1; round < rounds; round++) {
    for (const [name, handlers] of Object.entries(variants)) {
      const server = setupServer(...handlers);
      server.listen({ onUnhandledRequest: 'error' });
      try {
        const rps = await requestsPerSecond(url, headers, perRound);
        if (round >= 0) results[name].push(rps); // round -1 is the warm-up
      } finally {
        server.close();
      }
    }
  }
  return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
}

async function startChild(kind) {
  const child = fork(new URL('./throughput-server.mjs', import.meta.url), [kind], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = await once(child.stdout, 'data');
  const info = JSON.parse(String(chunk));
  return { ...info, stop: () => child.kill() };
}

async function serverBench(rounds, perRound) {
  const servers = {
    'node:http sending the same bytes (floor)': await startChild('bare'),
    'graph-vpp-fake standalone server': await startChild('fake'),
  };
  try {
    const results = Object.fromEntries(Object.keys(servers).map((k) => [k, []]));
    for (let round = -1; round < rounds; round++) {
      for (const [name, s] of Object.entries(servers)) {
        const rps = await requestsPerSecond(
          s.url,
          { authorization: `Bearer ${s.token}` },
          perRound,
        );
        if (round >= 0) results[name].push(rps);
      }
    }
    return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
  } finally {
    Object.values(servers).forEach((s) => s.stop());
  }
}

export async function fakeThroughputBench({ rounds = 5, perRound = 2000 } = {}) {
  return { msw: await mswBench(rounds, perRound), server: await serverBench(rounds, perRound) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await fakeThroughputBench());
