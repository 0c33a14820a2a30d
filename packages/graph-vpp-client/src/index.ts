export {
  createVppTokensClient,
  defaultBaseUrl,
  type VppTokensClientOptions,
} from './client/createVppTokensClient.js';
export { TokenEgressError } from './egress/tokenEgressError.js';
export { graphHostsPolicy, type TokenEgressPolicy } from './egress/tokenEgressPolicy.js';
export { nationalGraphHosts } from './egress/graphHosts.js';
export { GraphError, isGraphError, type GraphErrorDetails } from './errors/graphError.js';
export { describeGraphError } from './errors/describeGraphError.js';
export { withSignal } from './http/callOptions.js';
export { systemClock, type Clock } from './http/clock.js';
export { isRetryable, type RetryOptions } from './http/graphRetryHandler.js';
export { parseRetryAfter } from './http/retryAfter.js';
export { assertValidVppTokenId } from './ids/vppTokenId.js';
export { enumValue } from './enums/enumValue.js';
export { getAllVppTokens } from './paging/getAllVppTokens.js';
export { listAllVppApps, listVppAppPages, type ListVppAppsOptions } from './apps/listAllVppApps.js';
export { vppTokenOwnsApp, vppTokensSharingOwner } from './apps/vppAppOwner.js';
export {
  listAllVppTokens,
  listVppTokenPages,
  type ListVppTokensOptions,
} from './paging/listAllVppTokens.js';
export {
  updateVppToken,
  type UpdateVppTokenOptions,
  type VppTokenChanges,
} from './update/updateVppToken.js';
export { waitForSync, SyncTimeoutError, type WaitForSyncOptions } from './sync/waitForSync.js';
export { packageVersion } from './version.js';
export type { VppTokensApiClient } from './generated/vppTokensApiClient.js';
export {
  VppTokenAccountTypeObject,
  VppTokenStateObject,
  VppTokenSyncStatusObject,
  type VppToken,
  type VppTokenAccountType,
  type VppTokenCollectionResponse,
  type VppTokenState,
  type VppTokenSyncStatus,
  MobileAppPublishingStateObject,
  type IosVppApp,
  type IosVppAppCollectionResponse,
  type IosDeviceType,
  type VppLicensingType,
  type MimeContent,
  type MobileAppPublishingState,
} from './generated/models/index.js';
export { parseGraphBaseUrl, type GraphBaseUrl } from './baseUrl/graphBaseUrl.js';
export type { FetchLike } from './http/fetchLike.js';
