// For reference: the Kiota-generated client alone on a plain FetchRequestAdapter (what Kiota's
// output costs before graph-vpp's safety layer and auth helper).
import {
  AllowedHostsValidator,
  BaseBearerTokenAuthenticationProvider,
} from '@microsoft/kiota-abstractions';
import { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import { createVppTokensApiClient } from '../../../packages/graph-vpp-client/dist/generated/vppTokensApiClient.js';

export function syncLicenses(baseUrl, id, accessToken) {
  const auth = new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: async () => accessToken,
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(baseUrl).hostname])),
  });
  const adapter = new FetchRequestAdapter(auth);
  adapter.baseUrl = baseUrl;
  return createVppTokensApiClient(adapter)
    .deviceAppManagement.vppTokens.byVppTokenId(id)
    .syncLicenses.post();
}
