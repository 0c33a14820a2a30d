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
} from './describe/describeAccessToken.js';
export type {
  AccessTokenResult,
  GetAccessToken,
  GraphTokenSource,
  TokenCredentialLike,
  TokenRequestContext,
} from './tokens/tokenSource.js';
