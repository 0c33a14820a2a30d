import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// For the types of the demo's test hooks (window.__vppFake, window.__vppDemo) in page.evaluate.
import type {} from '../src/demo/startDemo.js';
import { readMswWorkerScript } from '../vite/mswWorkerScript.js';
import { launchChromium } from './support/chromium.js';
import { packageRoot, startDevServer, type RunningDevServer } from './support/devServer.js';

const screenshotDir = path.join(packageRoot, 'test-output', 'e2e');

// Undefined until beforeAll/beforeEach set them; afterAll/afterEach also run when those failed.
let server: RunningDevServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startDevServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
/** The dev server and browser beforeAll started (a clear failure if it could not). */
function started(): { server: RunningDevServer; browser: Browser } {
  if (!server || !browser) throw new Error('beforeAll did not start the dev server and Chromium');
  return { server, browser };
}

beforeEach(async () => {
  // A new context per test: its own storage and service worker, so its own fake.
  context = await started().browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // Chromium logs every HTTP error status; Graph's are expected where a test provokes them.
    const fromGraph = message.location().url.startsWith('https://graph.microsoft.com/');
    if (message.type() === 'error' && !fromGraph) pageErrors.push(message.text());
  });
  await page.goto(started().server.url);
  await page.locator('tbody tr').first().waitFor();
});
afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

const row = (name: string) => page.locator('tbody tr', { hasText: name });
const status = (name: string) =>
  row(name).locator('[data-field="lastSyncStatus"]').getAttribute('data-status');
const waitForStatus = (name: string, value: string, timeout = 15_000) =>
  row(name).locator(`[data-field="lastSyncStatus"][data-status="${value}"]`).waitFor({ timeout });

describe('the admin page in Chromium, with the fake in a service worker', () => {
  it('lists the demo tokens under the demo banner', async () => {
    await expect(page.locator('.demo-banner').textContent()).resolves.toContain(
      'Demo data from graph-vpp-fake',
    );
    expect(await page.locator('tbody tr').count()).toBe(6);
    expect(await page.locator('[role="status"]').textContent()).toBe('6 tokens');
    expect(await row('Northwind Traders').locator('[data-field="state"]').textContent()).toBe(
      'expired',
    );
    // The requests really went through msw's service worker, from the page.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${started().server.url}mockServiceWorker.js`,
    );
  });

  it('serves the mockServiceWorker.js of the installed msw', async () => {
    const served = await page.evaluate(async () => (await fetch('/mockServiceWorker.js')).text());
    expect(served).toBe(readMswWorkerScript());
  });

  it('shows a sync in progress, then completed', async () => {
    const startedAt = Date.now();
    await row('Fabrikam GmbH').getByRole('button', { name: 'Sync Fabrikam GmbH' }).click();

    await waitForStatus('Fabrikam GmbH', 'inProgress', 2_000);
    await row('Fabrikam GmbH').locator('progress').waitFor();
    expect(await row('Fabrikam GmbH').getByRole('button').isDisabled()).toBe(true);

    await waitForStatus('Fabrikam GmbH', 'completed');
    // The fake's clock follows real time: the demo's 4 s sync took about that long.
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(3_500);
    expect(await row('Fabrikam GmbH').locator('progress').count()).toBe(0);
    expect(
      await row('Fabrikam GmbH').locator('[data-field="lastSyncDateTime"]').textContent(),
    ).not.toBe('Never');
  });

  it('shows failed when the token being synced has expired', async () => {
    await row('Northwind Traders').getByRole('button', { name: 'Sync Northwind Traders' }).click();
    await waitForStatus('Northwind Traders', 'inProgress', 2_000);
    await waitForStatus('Northwind Traders', 'failed');
    expect(await row('Northwind Traders').locator('.sync-note').textContent()).toContain(
      'renew it in Apple Business Manager',
    );
  });

  it('explains a forced 403 with the permission the API needs', async () => {
    await page.evaluate(() => {
      window.__vppFake!.failNext({ status: 403, operation: 'vppTokens.syncLicenses' });
    });
    await row('Contoso Ltd').getByRole('button', { name: 'Sync Contoso Ltd' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Could not sync Contoso Ltd: Microsoft Graph refused the request \(403\): .*The account needs DeviceManagementServiceConfig\.ReadWrite\.All \(delegated\)\./,
    );
    expect(await status('Contoso Ltd')).toBe('completed');
  });

  it('explains the 403 an app registration without Intune permissions gets', async () => {
    await page.evaluate(() => {
      window.__vppDemo!.signInAs({ appOnly: true, scopes: [] });
    });
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not list VPP tokens');
    expect(await alert.textContent()).toContain(
      'the app is missing the application permission DeviceManagementServiceConfig.Read.All or',
    );
  });

  it('syncs every token and takes a screenshot of the result', async () => {
    await page.getByRole('button', { name: 'Sync all' }).click();
    await page.locator('[data-status="inProgress"]').first().waitFor({ timeout: 2_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-status="inProgress"]').length === 0,
      undefined,
      { timeout: 20_000 },
    );
    expect(await page.locator('[data-status="completed"]').count()).toBe(4);
    expect(await page.locator('[data-status="failed"]').count()).toBe(2);

    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'synced-tokens.png'), fullPage: true });
  });
});
