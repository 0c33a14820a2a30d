import type { QueryClient } from '@tanstack/query-core';
import type { VppToken, VppTokensApiClient } from 'graph-vpp-client';
import { vppTokenKeys } from '../keys/vppTokenKeys.js';
import { vppRetry, type VppRetry } from '../retry/vppRetry.js';
import { writeVppTokenToCache } from './writeVppTokenToCache.js';

/** Options for {@link syncLicensesMutationOptions}. */
export interface SyncLicensesMutationOptionsInput {
  /** The QueryClient whose cached lists and detail queries get the token Graph returns. */
  queryClient: QueryClient;
}

/** What {@link syncLicensesMutationOptions} returns: plain options any TanStack Query adapter takes. */
export interface SyncLicensesMutationOptions {
  /** {@link vppTokenKeys}`.syncLicenses()`. */
  mutationKey: ReturnType<typeof vppTokenKeys.syncLicenses>;
  /** `POST /deviceAppManagement/vppTokens/{id}/syncLicenses`; the variable is the vppToken id. */
  mutationFn: (vppTokenId: string) => Promise<VppToken>;
  /** {@link vppRetry}: a re-sent syncLicenses only restarts the same sync, so a network retry is safe. */
  retry: VppRetry;
  /**
   * Cancels list and detail fetches already in flight (their answer may predate the sync), then
   * writes the returned token into the cache (see {@link writeVppTokenToCache}).
   */
  onSuccess: (vppToken: VppToken) => Promise<void>;
}

/**
 * Mutation options that start a licence sync and show it: the token Graph returns (`inProgress`)
 * is written into the cached list and detail queries, whose `refetchInterval` then polls until the
 * sync is `completed` or `failed`.
 *
 * ```ts
 * const sync = useMutation(syncLicensesMutationOptions(client, { queryClient }));
 * sync.mutate(vppTokenId);
 * ```
 */
export function syncLicensesMutationOptions(
  client: VppTokensApiClient,
  { queryClient }: SyncLicensesMutationOptionsInput,
): SyncLicensesMutationOptions {
  return {
    mutationKey: vppTokenKeys.syncLicenses(),
    mutationFn: async (vppTokenId) => {
      const started = await client.deviceAppManagement.vppTokens
        .byVppTokenId(vppTokenId)
        .syncLicenses.post();
      // An empty 2xx still means the sync was accepted; what Graph would have said is known.
      return {
        ...started,
        id: started?.id ?? vppTokenId,
        lastSyncStatus: started?.lastSyncStatus ?? 'inProgress',
      };
    },
    retry: vppRetry,
    onSuccess: async (vppToken) => {
      // Only queries that have data: cancelling a first load would leave it empty with no refetch.
      await queryClient.cancelQueries({
        queryKey: vppTokenKeys.all,
        predicate: (query) => query.state.data !== undefined,
      });
      writeVppTokenToCache(queryClient, vppToken);
    },
  };
}
