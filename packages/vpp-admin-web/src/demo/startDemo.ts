import { createGraphAuthProvider, type GraphAuthProvider } from 'graph-vpp-auth';
import type { MintAccessTokenOptions, VppFake } from 'graph-vpp-fake';
import { setupVppFakeWorker } from 'graph-vpp-fake/browser';

/** Long enough to watch the progress bar, short enough not to wait for it. */
export const demoSyncDurationMs = 4_000;

export const demoBannerText = 'Demo data from graph-vpp-fake';

export interface VppDemo {
  fake: VppFake;
  /** Hands out tokens the fake minted, for whoever `signInAs` last named. */
  authProvider: GraphAuthProvider;
  /** The page's `fetch` (the service worker hands Graph requests to the fake). */
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** Who the next request is made as, e.g. `{ appOnly: true, scopes: [] }` (an app without Intune permissions) to see the 403. Default: an admin. */
  signInAs(identity: MintAccessTokenOptions): void;
}

declare global {
  interface Window {
    /** Demo mode only: the fake behind the page, for e2e tests (`failNext`, `listVppTokens`, …). */
    __vppFake?: VppFake;
    __vppDemo?: VppDemo;
  }
}

/**
 * Runs graph-vpp-fake inside the page: msw's service worker hands every request to
 * graph.microsoft.com to the fake, so the real client, auth provider and retry logic run unchanged.
 */
export async function startDemo(window: Window): Promise<VppDemo> {
  // setupVppFakeWorker's clock follows real time (`realTime` defaults to true in the browser), so
  // syncs finish as time passes; a test may still push it forward with `fake.clock.advance`.
  const worker = setupVppFakeWorker({
    sync: { durationMs: demoSyncDurationMs },
    // The fake answers every request to a Graph host; the page's own files go to Vite.
    onUnhandledRequest: 'bypass',
  });
  const { fake } = worker;
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });

  // The demo admin may also read apps, so the licence panel has something to show.
  let identity: MintAccessTokenOptions = {
    scopes: ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.Read.All'],
  };
  const authProvider = createGraphAuthProvider({
    getAccessToken: () =>
      Promise.resolve({
        token: fake.mintAccessToken(identity),
        expiresOnTimestamp: fake.clock.now() + 3_600_000,
        // Never cached, so `signInAs` takes effect on the next request.
        refreshAfterTimestamp: 0,
      }),
  });
  const demo: VppDemo = {
    fake,
    authProvider,
    fetch: (input, init) => window.fetch(input, init),
    signInAs: (next) => {
      identity = { ...next };
    },
  };
  window.__vppFake = fake;
  window.__vppDemo = demo;
  return demo;
}

export function createDemoBanner(document: Document): HTMLElement {
  const banner = document.createElement('p');
  banner.className = 'demo-banner';
  banner.setAttribute('role', 'note');
  banner.textContent = `${demoBannerText}: nothing on this page talks to Microsoft Graph. Syncs take ${demoSyncDurationMs / 1000} s.`;
  return banner;
}
