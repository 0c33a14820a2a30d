import { getAllVppTokens, type VppToken, type VppTokensApiClient } from 'graph-vpp-client';
import { vppTokenKeys, type VppTokenListKey } from '../keys/vppTokenKeys.js';
import { defaultSyncPollIntervalMs, pollWhileSyncing } from '../polling/syncPolling.js';
import { vppRetry, type VppRetry } from '../retry/vppRetry.js';

/** Options for {@link vppTokensQueryOptions}. */
export interface VppTokensQueryOptionsInput {
  /** `$select`: only these properties (leave out `token`, the Apple token, if you can). */
  select?: readonly string[] | undefined;
  /** `$top` for the first page; every page is fetched either way. */
  pageSize?: number | undefined;
  /** Poll this often while any listed token is syncing. Default 2000 ms. */
  pollIntervalMs?: number | undefined;
  /** Only for clients not made by `createVppTokensClient` (see `listVppTokenPages`). */
  baseUrl?: string | undefined;
}

/** What {@link vppTokensQueryOptions} returns: plain options any TanStack Query adapter takes. */
export interface VppTokensQueryOptions {
  /** {@link vppTokenKeys}`.list(...)`. */
  queryKey: VppTokenListKey;
  /** Every page, as one array; the query's `signal` cancels the pending page. */
  queryFn: (context: { signal: AbortSignal }) => Promise<VppToken[]>;
  /** {@link vppRetry}. */
  retry: VppRetry;
  /** Polls while any token is `inProgress`; stops when every sync completed or failed. */
  refetchInterval: (query: { state: { data: VppToken[] | undefined } }) => number | false;
}

/**
 * Query options for every vppToken of the tenant, all pages collected:
 *
 * ```ts
 * const { data } = useQuery(vppTokensQueryOptions(client, { select: ['id', 'organizationName', 'lastSyncStatus'] }));
 * ```
 */
export function vppTokensQueryOptions(
  client: VppTokensApiClient,
  options: VppTokensQueryOptionsInput = {},
): VppTokensQueryOptions {
  const { select, pageSize, baseUrl } = options;
  return {
    queryKey: vppTokenKeys.list({ select, pageSize }),
    queryFn: ({ signal }) =>
      getAllVppTokens(client, {
        signal,
        ...(select ? { select: [...select] } : {}),
        ...(pageSize !== undefined ? { pageSize } : {}),
        ...(baseUrl !== undefined ? { baseUrl } : {}),
      }),
    retry: vppRetry,
    refetchInterval: pollWhileSyncing(options.pollIntervalMs ?? defaultSyncPollIntervalMs),
  };
}
