// What `npm start` runs until the graph-vpp CLI exists: syncLicenses through the real client
// against a small local stub of Graph on 127.0.0.1 (not the real service, and not a full fake).
import { createServer } from 'node:http';
import { createVppTokensClient, GraphError } from 'graph-vpp-client';

const tokenId = '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c';
const stub = createServer((request, response) => {
  const json = (status, body) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'request-id': crypto.randomUUID(),
    });
    response.end(JSON.stringify(body));
  };
  if (request.headers.authorization !== 'Bearer local-demo-token') {
    return json(401, {
      error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
    });
  }
  if (
    request.method === 'POST' &&
    request.url === `/v1.0/deviceAppManagement/vppTokens/${tokenId}/syncLicenses`
  ) {
    return json(200, {
      id: tokenId,
      organizationName: 'Contoso (local stub)',
      vppTokenAccountType: 'business',
      appleId: 'vpp@contoso.example',
      expirationDateTime: '2027-06-30T00:00:00Z',
      lastSyncDateTime: new Date().toISOString(),
      lastModifiedDateTime: '2026-11-01T08:00:00Z',
      state: 'valid',
      lastSyncStatus: 'inProgress',
      automaticallyUpdateApps: true,
      countryOrRegion: 'us',
    });
  }
  return json(404, {
    error: { code: 'ResourceNotFound', message: `No route for ${request.method} ${request.url}` },
  });
});

await new Promise((resolve) => stub.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${stub.address().port}/v1.0`;
console.log(
  `graph-vpp example: calling syncLicenses on a LOCAL STUB at ${baseUrl} (not Microsoft Graph).`,
);

// A fixed token for the stub; real code uses createGraphAuthProvider from graph-vpp-auth.
const authProvider = {
  authenticateRequest: async (request) => {
    request.headers.add('Authorization', 'Bearer local-demo-token');
  },
};

try {
  const client = createVppTokensClient({ authProvider, baseUrl });
  const token = await client.deviceAppManagement.vppTokens
    .byVppTokenId(tokenId)
    .syncLicenses.post();
  console.table([
    {
      token: token.id,
      organization: token.organizationName,
      state: token.state,
      lastSyncStatus: token.lastSyncStatus,
      lastSync: token.lastSyncDateTime?.toISOString(),
    },
  ]);
} catch (error) {
  console.error(error instanceof GraphError ? `Graph refused: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  stub.close();
}
