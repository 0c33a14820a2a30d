// @microsoft/msgraph-sdk: its GraphRequestAdapter and VppToken model (the deviceAppManagement
// segment package is not on the registry here, so the request itself is built by hand).
import { HttpMethod, RequestInformation } from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import { createVppTokenFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { fixedBearer } from './bearer.mjs';

export function createSyncLicenses(baseUrl, accessToken) {
  const adapter = new GraphRequestAdapter(fixedBearer(baseUrl, accessToken));
  adapter.baseUrl = baseUrl;
  return (id) => {
    const request = new RequestInformation(
      HttpMethod.POST,
      '{+baseurl}/deviceAppManagement/vppTokens/{vppToken%2Did}/syncLicenses',
      { 'vppToken%2Did': id },
    );
    request.headers.tryAdd('Accept', 'application/json');
    return adapter.send(request, createVppTokenFromDiscriminatorValue, {
      XXX: createODataErrorFromDiscriminatorValue,
    });
  };
}
