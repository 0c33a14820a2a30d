import { createVppTokensClient } from 'graph-vpp-client';
import { mountLicensePanel } from './app/licensePanel.js';
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
  const client = createVppTokensClient({ authProvider: demo.authProvider, fetch: demo.fetch });
  mountVppAdmin(root, { client, pollIntervalMs: 1_000 });
  void mountLicensePanel(licensesRoot(), { client }).refresh();
} else {
  const { createSignInAuthProvider } = await import('./auth/signInAuthProvider.js');
  const client = createVppTokensClient({ authProvider: createSignInAuthProvider() });
  mountVppAdmin(root, { client });
  void mountLicensePanel(licensesRoot(), { client }).refresh();
}

/** The licence panel lives beside the admin page's root (which the page replaces wholesale). */
function licensesRoot(): HTMLElement {
  const element = document.createElement('div');
  element.id = 'licenses';
  root.after(element);
  return element;
}
