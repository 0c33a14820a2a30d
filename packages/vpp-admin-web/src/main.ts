import { createVppTokensClient } from 'graph-vpp-client';
import { mountVppAdmin } from './app/mountVppAdmin.js';
import { requireElement } from './app/requireElement.js';
import './styles.css';

// Written out with import.meta.env (replaced at build time) so that a build without demo mode
// leaves the fake, msw and Ajv out of the bundle. Same rule as vite/demoMode.ts.
const demoMode = import.meta.env.DEV
  ? import.meta.env.VITE_VPP_DEMO !== 'false'
  : import.meta.env.VITE_VPP_DEMO === 'true';

const root = requireElement(document, '#app', HTMLElement);

if (demoMode) {
  const { startDemo, createDemoBanner } = await import('./demo/startDemo.js');
  const demo = await startDemo(window);
  root.before(createDemoBanner(document));
  mountVppAdmin(root, {
    client: createVppTokensClient({ authProvider: demo.authProvider, fetch: demo.fetch }),
    pollIntervalMs: 1_000,
  });
} else {
  const { createSignInAuthProvider } = await import('./auth/signInAuthProvider.js');
  mountVppAdmin(root, {
    client: createVppTokensClient({ authProvider: createSignInAuthProvider() }),
  });
}
