// @microsoft/microsoft-graph-client 3.x, the pre-Kiota Graph SDK.
import { Client } from '@microsoft/microsoft-graph-client';

export function createSyncLicenses(baseUrl, accessToken) {
  const client = Client.init({
    baseUrl: baseUrl.replace(/\/v1\.0$/, ''),
    defaultVersion: 'v1.0',
    customHosts: new Set([new URL(baseUrl).hostname]),
    authProvider: (done) => done(null, accessToken),
  });
  return (id) =>
    client
      .api(`/deviceAppManagement/vppTokens/${encodeURIComponent(id)}/syncLicenses`)
      .post(undefined);
}
