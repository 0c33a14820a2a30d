import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's `chromium` package (`VPP_CHROMIUM_PATH` points elsewhere, e.g. to test the missing
 * browser). Nothing here downloads a browser.
 */
export const chromiumPath = process.env.VPP_CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumInstalled = (): boolean => existsSync(chromiumPath);

/**
 * Headless Chromium as this closed network needs it: without the background-networking flags it
 * keeps trying Google's hosts and its connections are refused. `launch()` gives every run a new,
 * empty profile (user-data dir) of its own and deletes it on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', // we run as root in CI containers
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
