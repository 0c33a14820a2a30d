// @microsoft/msgraph-sdk with its VppToken serializer too: its GraphRequestAdapter and VppToken model (the deviceAppManagement
// segment package is not on the registry here, so the request itself is built by hand).
import {
  AllowedHostsValidator,
  BaseBearerTokenAuthenticationProvider,
  HttpMethod,
  RequestInformation,
} from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import {
  createVppTokenFromDiscriminatorValue,
  serializeVppToken,
} from '@microsoft/msgraph-sdk/models/index.js';
export { serializeVppToken }; // what a PATCH or create would also pull in
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';

export function syncLicenses(baseUrl, id, accessToken) {
  const auth = new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: async () => accessToken,
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(baseUrl).hostname])),
  });
  const adapter = new GraphRequestAdapter(auth);
  adapter.baseUrl = baseUrl;
  const request = new RequestInformation(
    HttpMethod.POST,
    '{+baseurl}/deviceAppManagement/vppTokens/{vppToken%2Did}/syncLicenses',
    { 'vppToken%2Did': id },
  );
  request.headers.tryAdd('Accept', 'application/json');
  return adapter.send(request, createVppTokenFromDiscriminatorValue, {
    XXX: createODataErrorFromDiscriminatorValue,
  });
}
