// The bare Kiota runtime (abstractions + fetch adapter + JSON) doing the same call by hand.
import {
  BaseBearerTokenAuthenticationProvider,
  HttpMethod,
  RequestInformation,
  AllowedHostsValidator,
} from '@microsoft/kiota-abstractions';
import { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import {
  JsonParseNodeFactory,
  JsonSerializationWriterFactory,
} from '@microsoft/kiota-serialization-json';

const deserializeVppToken = (token = {}) => ({
  id: (n) => (token.id = n.getStringValue()),
  organizationName: (n) => (token.organizationName = n.getStringValue()),
  state: (n) => (token.state = n.getStringValue()),
  lastSyncStatus: (n) => (token.lastSyncStatus = n.getStringValue()),
  lastSyncDateTime: (n) => (token.lastSyncDateTime = n.getDateValue()),
});

export async function syncLicenses(baseUrl, id, accessToken) {
  const auth = new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: async () => accessToken,
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(baseUrl).hostname])),
  });
  const adapter = new FetchRequestAdapter(
    auth,
    new JsonParseNodeFactory(),
    new JsonSerializationWriterFactory(),
  );
  adapter.baseUrl = baseUrl;
  const request = new RequestInformation(
    HttpMethod.POST,
    '{+baseurl}/deviceAppManagement/vppTokens/{id}/syncLicenses',
    { id },
  );
  request.headers.tryAdd('Accept', 'application/json');
  return adapter.send(request, () => deserializeVppToken, undefined);
}
