export {
  createGraphAuthProvider,
  type GraphAuthOptions,
  type GraphAuthProvider,
} from './createGraphAuthProvider.js';
export { graphClouds, type GraphCloud, type GraphCloudInfo } from './clouds/graphClouds.js';
export { GraphAuthError, type GraphAuthErrorCode } from './errors/graphAuthError.js';
export { loopbackHosts, type TokenHostPolicy } from './hosts/hostPolicy.js';
export {
  describeAccessToken,
  personalAccountTenantId,
  requiredVppScope,
  type AccessTokenDescription,
  type DescribeAccessTokenOptions,
} from './describe/describeAccessToken.js';
export { missingPermission, type TokenPermissions } from './permissions/missingPermission.js';
export {
  seedVppTokenPermissions,
  vppTokenPermissions,
  type AcceptedPermissions,
  type VppTokenPermissionSets,
} from './permissions/vppTokenPermissions.js';
export type {
  AccessTokenResult,
  GetAccessToken,
  GraphTokenSource,
  TokenCredentialLike,
  TokenRequestContext,
} from './tokens/tokenSource.js';
