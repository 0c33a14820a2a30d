// routeVppFake in real Chromium: a page on 127.0.0.1 calls graph.microsoft.com cross-origin, and
// Playwright's routing answers from the fake (no service worker, no network).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { createVppFakeCore, type VppFakeCore } from '../src/entries/core.js';
import { routeVppFake } from '../src/entries/playwright.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const listUrl = 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens';

interface PageAnswer {
  status: number;
  retryAfter: string | null;
  body: string;
}

/** What the page's own `fetch` sees (CORS applies: only exposed headers are readable). */
function fetchFromPage(page: Page, url: string, accessToken: string): Promise<PageAnswer> {
  return page.evaluate(
    async ({ url, accessToken }) => {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: await response.text(),
      };
    },
    { url, accessToken },
  );
}

/** Whether the page's fetch fails at the network level (nothing answered it). */
function fetchFails(page: Page, url: string): Promise<boolean> {
  return page.evaluate(async (url) => {
    try {
      await fetch(url);
      return false;
    } catch {
      return true;
    }
  }, url);
}

if (chromiumAvailable()) {
  let site: Server | undefined;
  let siteUrl = '';
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let fake: VppFakeCore;

  beforeAll(async () => {
    site = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>consumer</title><p>app</p>');
    });
    await new Promise<void>((resolve) => site?.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
  });
  beforeEach(async () => {
    if (!browser) throw new Error('beforeAll did not start Chromium');
    // Blocked service workers: a worker-handled request would never reach Playwright's route.
    context = await browser.newContext({ serviceWorkers: 'block' });
    fake = createVppFakeCore({ realTime: true });
  });
  afterEach(async () => {
    await context?.close();
  });

  const newPage = async () => {
    if (!context) throw new Error('beforeEach did not open a context');
    const page = await context.newPage();
    await page.goto(siteUrl);
    return page;
  };

  describe('routeVppFake on a Page', () => {
    it('answers the page cross-origin from the fake, with the fake seeing the request', async () => {
      const page = await newPage();
      await routeVppFake(page, fake);
      const answer = await fetchFromPage(page, listUrl, fake.mintAccessToken());
      expect(answer.status).toBe(200);
      const listed = (JSON.parse(answer.body) as { value: { id: string }[] }).value.map(
        (t) => t.id,
      );
      expect(listed).toEqual(fake.listVppTokens().map((t) => t.id));
      expect(fake.requests.some((entry) => entry.method === 'GET')).toBe(true);
      fake.assertNoContractViolations();
    });

    it('lets the page read Retry-After on a 429 (CORS exposes it)', async () => {
      const page = await newPage();
      await routeVppFake(page, fake);
      fake.failNext({ status: 429, retryAfter: 7 });
      const answer = await fetchFromPage(page, listUrl, fake.mintAccessToken());
      expect(answer.status).toBe(429);
      expect(answer.retryAfter).toBe('7');
    });

    it('answers on a base URL added to the fake after routing', async () => {
      const page = await newPage();
      await routeVppFake(page, fake);
      fake.addBaseUrl('https://graph.example.test/v1.0');
      const answer = await fetchFromPage(
        page,
        'https://graph.example.test/v1.0/deviceAppManagement/vppTokens',
        fake.mintAccessToken(),
      );
      expect(answer.status).toBe(200);
    });

    it('stops answering after unroute()', async () => {
      const page = await newPage();
      const route = await routeVppFake(page, fake);
      expect((await fetchFromPage(page, listUrl, fake.mintAccessToken())).status).toBe(200);
      const answered = fake.requests.length;
      await route.unroute();
      // graph.microsoft.com is unreachable on this network, so an unrouted fetch fails.
      expect(await fetchFails(page, listUrl)).toBe(true);
      expect(fake.requests.length).toBe(answered);
    });
  });

  describe('routeVppFake on a BrowserContext', () => {
    it('answers every page of the context', async () => {
      if (!context) throw new Error('beforeEach did not open a context');
      await routeVppFake(context, fake);
      const first = await newPage();
      const second = await newPage();
      const token = fake.mintAccessToken();
      expect((await fetchFromPage(first, listUrl, token)).status).toBe(200);
      expect((await fetchFromPage(second, `${listUrl}/nope`, token)).status).toBe(404);
    });
  });
}
