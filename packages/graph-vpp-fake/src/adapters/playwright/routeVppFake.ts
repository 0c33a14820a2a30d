// Types only: playwright-core (or @playwright/test, which brings it) is an optional peer.
import type { BrowserContext, Page, Request as PlaywrightRequest, Route } from 'playwright-core';
import type { VppFakeCore } from '../../core/createVppFakeCore.js';

/** A Playwright `Page` or `BrowserContext`: both can route requests. */
export type VppFakeRouteTarget =
  Pick<Page, 'route' | 'unroute'> | Pick<BrowserContext, 'route' | 'unroute'>;

/** Options for {@link routeVppFake}. */
export interface RouteVppFakeOptions {
  /**
   * Called when the fake could not answer (in strict mode, a contract violation). The page then
   * gets a 500; the violation is also in `fake.contractViolations`. Default: nothing more.
   */
  onError?: (error: unknown) => void;
}

/** What {@link routeVppFake} returns. */
export interface VppFakeRoute {
  /** Stops routing to the fake; requests go to the network (or the next route) again. */
  unroute(): Promise<void>;
}

/**
 * Answers every request a Playwright page (or every page of a context) sends to a Graph cloud
 * host, or to a base URL of the fake, from the fake. Nothing runs in the page and no service
 * worker is needed; the fake's state stays in the test, where the test can read it.
 *
 * ```ts
 * const fake = createVppFakeCore({ realTime: true });
 * const route = await routeVppFake(page, fake);
 * await page.goto('http://127.0.0.1:5173/');
 * await route.unroute();
 * ```
 */
export async function routeVppFake(
  target: VppFakeRouteTarget,
  fake: Pick<VppFakeCore, 'handle' | 'serves'>,
  options: RouteVppFakeOptions = {},
): Promise<VppFakeRoute> {
  // A predicate, not a list of hosts: the fake's own `serves` is the one place that knows its
  // Graph hosts and custom base URLs (also those added after this call).
  const matches = (url: URL) => fake.serves(url);
  const handler = async (route: Route) => {
    let response: Response;
    try {
      response = await fake.handle(await toFetchRequest(route.request()));
    } catch (error) {
      options.onError?.(error);
      await route.fulfill({
        status: 500,
        contentType: 'text/plain; charset=utf-8',
        body: `graph-vpp-fake could not answer this request: ${describe(error)}`,
      });
      return;
    }
    await route.fulfill({
      status: response.status,
      headers: headersOf(response),
      body: Buffer.from(await response.arrayBuffer()),
    });
  };
  await target.route(matches, handler);
  return { unroute: () => target.unroute(matches, handler) };
}

/** Playwright's request as a WHATWG `Request` the fake's core understands. */
async function toFetchRequest(request: PlaywrightRequest): Promise<Request> {
  const method = request.method();
  const headers = new Headers();
  for (const { name, value } of await request.headersArray()) {
    // Chromium's pseudo-headers (`:authority`, …) are not valid header names for fetch.
    if (name.startsWith(':')) continue;
    headers.append(name, value);
  }
  const body = method === 'GET' || method === 'HEAD' ? null : request.postDataBuffer();
  return new Request(request.url(), {
    method,
    headers,
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

/** Response headers for `route.fulfill`; repeated headers are joined as fetch joins them. */
function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

// The fake's errors name what is wrong but never carry tokens (see FakeContractError).
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
