import { withSignal, type VppToken, type VppTokensApiClient } from 'graph-vpp-client';
import { vppTokenKeys, type VppTokenDetailKey } from '../keys/vppTokenKeys.js';
import { defaultSyncPollIntervalMs, pollWhileSyncing } from '../polling/syncPolling.js';
import { vppRetry, type VppRetry } from '../retry/vppRetry.js';

/** Options for {@link vppTokenQueryOptions}. */
export interface VppTokenQueryOptionsInput {
  /** Poll this often while the token is syncing. Default 2000 ms. */
  pollIntervalMs?: number | undefined;
}

/** What {@link vppTokenQueryOptions} returns: plain options any TanStack Query adapter takes. */
export interface VppTokenQueryOptions {
  /** {@link vppTokenKeys}`.detail(id)`. */
  queryKey: VppTokenDetailKey;
  /** `GET /deviceAppManagement/vppTokens/{id}`, cancelled through the query's `signal`. */
  queryFn: (context: { signal: AbortSignal }) => Promise<VppToken>;
  /** {@link vppRetry}. */
  retry: VppRetry;
  /** Polls while the token is `inProgress`; stops when its sync completed or failed. */
  refetchInterval: (query: { state: { data: VppToken | undefined } }) => number | false;
}

/** Query options for one vppToken: `useQuery(vppTokenQueryOptions(client, id))`. */
export function vppTokenQueryOptions(
  client: VppTokensApiClient,
  vppTokenId: string,
  options: VppTokenQueryOptionsInput = {},
): VppTokenQueryOptions {
  return {
    queryKey: vppTokenKeys.detail(vppTokenId),
    queryFn: async ({ signal }) => {
      const vppToken = await client.deviceAppManagement.vppTokens
        .byVppTokenId(vppTokenId)
        .get(withSignal(signal));
      // TanStack Query refuses `undefined` data; an empty answer is a broken response.
      if (!vppToken) throw new Error(`Microsoft Graph sent no body for vppToken ${vppTokenId}.`);
      return vppToken;
    },
    retry: vppRetry,
    refetchInterval: pollWhileSyncing(options.pollIntervalMs ?? defaultSyncPollIntervalMs),
  };
}
