// This SDK: graph-vpp-client + graph-vpp-auth.
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient } from 'graph-vpp-client';

export function syncLicenses(baseUrl, id, accessToken) {
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider(
      { accessToken },
      { allowedHosts: [new URL(baseUrl).hostname], allowLocalhost: true },
    ),
    baseUrl,
  });
  return client.deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post();
}
