// The bare Kiota runtime (abstractions + fetch adapter + JSON) doing the same call by hand.
import { HttpMethod, RequestInformation } from '@microsoft/kiota-abstractions';
import { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import {
  JsonParseNodeFactory,
  JsonSerializationWriterFactory,
} from '@microsoft/kiota-serialization-json';
import { fixedBearer } from './bearer.mjs';

const deserializeVppToken = (token = {}) => ({
  id: (n) => (token.id = n.getStringValue()),
  organizationName: (n) => (token.organizationName = n.getStringValue()),
  state: (n) => (token.state = n.getStringValue()),
  lastSyncStatus: (n) => (token.lastSyncStatus = n.getStringValue()),
  lastSyncDateTime: (n) => (token.lastSyncDateTime = n.getDateValue()),
});

export function createSyncLicenses(baseUrl, accessToken) {
  const adapter = new FetchRequestAdapter(
    fixedBearer(baseUrl, accessToken),
    new JsonParseNodeFactory(),
    new JsonSerializationWriterFactory(),
  );
  adapter.baseUrl = baseUrl;
  return (id) => {
    const request = new RequestInformation(
      HttpMethod.POST,
      '{+baseurl}/deviceAppManagement/vppTokens/{id}/syncLicenses',
      { id },
    );
    request.headers.tryAdd('Accept', 'application/json');
    return adapter.send(request, () => deserializeVppToken, undefined);
  };
}
