export {
  vppTokenKeys,
  type VppTokenDetailKey,
  type VppTokenListKey,
  type VppTokenListKeyOptions,
} from './keys/vppTokenKeys.js';
export {
  vppTokensQueryOptions,
  type VppTokensQueryOptions,
  type VppTokensQueryOptionsInput,
} from './queries/vppTokensQueryOptions.js';
export {
  vppTokenQueryOptions,
  type VppTokenQueryOptions,
  type VppTokenQueryOptionsInput,
} from './queries/vppTokenQueryOptions.js';
export {
  syncLicensesMutationOptions,
  type SyncLicensesMutationOptions,
  type SyncLicensesMutationOptionsInput,
} from './mutations/syncLicensesMutationOptions.js';
export { writeVppTokenToCache } from './mutations/writeVppTokenToCache.js';
export { createVppRetry, vppRetry, type VppRetry, type VppRetryOptions } from './retry/vppRetry.js';
export {
  defaultSyncPollIntervalMs,
  isSyncInProgress,
  pollWhileSyncing,
} from './polling/syncPolling.js';
