// For reference: the Kiota-generated client alone on a plain FetchRequestAdapter (what Kiota's
// output costs before graph-vpp's safety layer and auth helper).
import { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import { createVppTokensApiClient } from '../../../packages/graph-vpp-client/dist/generated/vppTokensApiClient.js';
import { fixedBearer } from './bearer.mjs';

export function createSyncLicenses(baseUrl, accessToken) {
  const adapter = new FetchRequestAdapter(fixedBearer(baseUrl, accessToken));
  adapter.baseUrl = baseUrl;
  const client = createVppTokensApiClient(adapter);
  return (id) => client.deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post();
}
