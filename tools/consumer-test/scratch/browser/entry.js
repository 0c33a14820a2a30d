/* global document */
// A browser app's development entry: the fake in a service worker, the client and auth in the page.
import { createVppTokensClient, listAllVppTokens } from 'graph-vpp-client';
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { setupVppFakeWorker } from 'graph-vpp-fake/browser';

const { fake, start } = setupVppFakeWorker({ docsWrappedResponses: false });
await start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
const client = createVppTokensClient({
  authProvider: createGraphAuthProvider({ accessToken: fake.mintAccessToken() }),
});
const tokens = await listAllVppTokens(client);
document.body.textContent = `${tokens.length} VPP tokens`;
