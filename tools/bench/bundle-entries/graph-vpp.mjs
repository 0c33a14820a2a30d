// This SDK: graph-vpp-client + graph-vpp-auth.
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient } from 'graph-vpp-client';

export function createSyncLicenses(baseUrl, accessToken) {
  const host = new URL(baseUrl).hostname;
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider(
      { accessToken },
      { allowedHosts: [host], allowLocalhost: true },
    ),
    baseUrl,
  });
  return (id) => client.deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post();
}
