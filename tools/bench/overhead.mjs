// 2. Client overhead per call: sequential syncLicenses against one local server process,
// alternating clients in rounds after a warm-up; medians of per-round means, as ratios to fetch.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { syncLicenses as plainFetch } from './bundle-entries/plain-fetch.mjs';
import {
  AllowedHostsValidator,
  BaseBearerTokenAuthenticationProvider,
  HttpMethod,
  RequestInformation,
} from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import { createVppTokenFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { Client } from '@microsoft/microsoft-graph-client';
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient } from 'graph-vpp-client';

const id = '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c';
const accessToken = 'bench-token';

/** Each factory builds its client once; the returned function makes one call. */
export const overheadClients = {
  'plain fetch': (baseUrl) => () => plainFetch(baseUrl, id, accessToken),
  'graph-vpp-client + auth': (baseUrl) => {
    const client = createVppTokensClient({
      authProvider: createGraphAuthProvider({ accessToken }, { allowLocalhost: true }),
      baseUrl,
    });
    const item = client.deviceAppManagement.vppTokens.byVppTokenId(id);
    return () => item.syncLicenses.post();
  },
  '@microsoft/msgraph-sdk route': (baseUrl) => {
    const auth = new BaseBearerTokenAuthenticationProvider({
      getAuthorizationToken: async () => accessToken,
      getAllowedHostsValidator: () => new AllowedHostsValidator(new Set(['127.0.0.1'])),
    });
    const adapter = new GraphRequestAdapter(auth);
    adapter.baseUrl = baseUrl;
    return () => {
      const request = new RequestInformation(
        HttpMethod.POST,
        '{+baseurl}/deviceAppManagement/vppTokens/{vppToken%2Did}/syncLicenses',
        { 'vppToken%2Did': id },
      );
      request.headers.tryAdd('Accept', 'application/json');
      return adapter.send(request, createVppTokenFromDiscriminatorValue, {
        XXX: createODataErrorFromDiscriminatorValue,
      });
    };
  },
  '@microsoft/microsoft-graph-client 3.x': (baseUrl) => {
    const client = Client.init({
      baseUrl: baseUrl.replace(/\/v1\.0$/, ''),
      defaultVersion: 'v1.0',
      customHosts: new Set(['127.0.0.1']),
      authProvider: (done) => done(null, accessToken),
    });
    return () => client.api(`/deviceAppManagement/vppTokens/${id}/syncLicenses`).post(undefined);
  },
};

export async function overheadBench({ rounds = 15, callsPerRound = 200, warmup = 300 } = {}) {
  const server = fork(new URL('./overhead-server.mjs', import.meta.url), {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = await once(server.stdout, 'data');
  const baseUrl = `http://127.0.0.1:${String(chunk).trim()}/v1.0`;
  try {
    const calls = Object.fromEntries(
      Object.entries(overheadClients).map(([name, make]) => [name, make(baseUrl)]),
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
