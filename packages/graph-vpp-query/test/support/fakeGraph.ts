// The fake Graph behind these tests, reached through `fake.fetch` (no msw needed).
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient, type VppTokensApiClient } from 'graph-vpp-client';
import {
  createVppFake,
  type MintAccessTokenOptions,
  type VppFake,
  type VppFakeOptions,
} from 'graph-vpp-fake';

export const mintAccessToken = (fake: VppFake, options: MintAccessTokenOptions = {}) =>
  fake.mintAccessToken(options);

/** The id of the seeded vppToken with this organization name. */
export function vppTokenIdOf(fake: VppFake, organizationName: string): string {
  const id = fake.listVppTokens().find((t) => t.organizationName === organizationName)?.id;
  if (!id) throw new Error(`the fake has no vppToken for ${organizationName}`);
  return id;
}

/** How `fetch` behaves: pass to the fake, fail as if offline, or hang (all, or GETs) until aborted. */
export type NetworkMode = 'online' | 'offline' | 'hang' | 'hang-reads';

export interface FakeGraph {
  fake: VppFake;
  /** A real client (real auth provider, real middleware) talking to the fake. */
  client: VppTokensApiClient;
  network: { mode: NetworkMode; attempts: number; signals: AbortSignal[] };
  /** The fake's journal entries for one operation, e.g. `vppTokens.list`. */
  requestsTo: (operationId: string) => number;
}

export function createFakeGraph(
  options: VppFakeOptions = {},
  identity: MintAccessTokenOptions = {},
): FakeGraph {
  const fake = createVppFake(options);
  const network: FakeGraph['network'] = { mode: 'online', attempts: 0, signals: [] };
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider({ accessToken: mintAccessToken(fake, identity) }),
    retry: { clock: fake.clock }, // the client's own Retry-After waits move fake time only
    fetch: (input, init) => {
      network.attempts += 1;
      if (init.signal) network.signals.push(init.signal);
      if (network.mode === 'offline') return Promise.reject(new TypeError('fetch failed'));
      if (network.mode === 'hang' || (network.mode === 'hang-reads' && init.method === 'GET')) {
        return new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => {
            reject(init.signal?.reason);
          }),
        );
      }
      return fake.fetch(input, init);
    },
  });
  return {
    fake,
    client,
    network,
    requestsTo: (operationId) => fake.requests.filter((r) => r.operationId === operationId).length,
  };
}
