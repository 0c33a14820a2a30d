import type { RequestOption } from '@microsoft/kiota-abstractions';
import type { Middleware } from '@microsoft/kiota-http-fetchlibrary';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const credentialHeaders = new Set(['authorization', 'cookie', 'proxy-authorization']);
// Kiota's RedirectHandlerOptions key: its maxRedirects and shouldRedirect are honoured.
const kiotaRedirectOptionKey = 'RedirectHandlerOption';

/** Default and largest number of redirects one call follows (as Kiota's RedirectHandler). */
export const defaultMaxRedirects = 5;
const maxMaxRedirects = 20;

interface KiotaRedirectOptions {
  maxRedirects?: number;
  shouldRedirect?: (response: Response) => boolean;
}

/**
 * Follows 301/302/303/307/308 in place of Kiota's RedirectHandler, which takes any Location
 * containing `://` (even in its query) as absolute, leaves it unresolved and keeps Authorization.
 * Here every Location is resolved with `new URL(location, requestUrl)`, and Authorization, Cookie
 * and Proxy-Authorization are dropped on any hop to another origin (scheme, host or port). Each
 * hop gets its own copy of the headers, so a retry of the whole call starts from the original.
 */
export class GraphRedirectHandler implements Middleware {
  next: Middleware | undefined;

  async execute(
    url: string,
    init: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) throw new Error('GraphRedirectHandler must not be the last middleware');
    const options = requestOptions?.[kiotaRedirectOptionKey] as KiotaRedirectOptions | undefined;
    const maxRedirects = Math.min(
      Math.max(0, Math.floor(options?.maxRedirects ?? defaultMaxRedirects)),
      maxMaxRedirects,
    );
    let hopUrl = url;
    let hopInit: RequestInit = { ...init, redirect: 'manual' };
    for (let hops = 0; ; hops++) {
      const response = await this.next.execute(hopUrl, hopInit, requestOptions);
      const location = response.headers.get('location');
      if (
        hops >= maxRedirects ||
        !redirectStatuses.has(response.status) ||
        location === null ||
        (options?.shouldRedirect && !options.shouldRedirect(response))
      ) {
        return response;
      }
      const next = resolveLocation(location, hopUrl);
      if (!next) return response; // not a URL: hand the 3xx to the caller rather than guess
      await response.body?.cancel().catch(() => undefined);
      hopInit = nextHopInit(hopInit, response.status, sameOrigin(hopUrl, next));
      hopUrl = next;
    }
  }
}

/** `new URL(location, requestUrl)`: what a browser does with any Location, relative or not. */
export function resolveLocation(location: string, requestUrl: string): string | undefined {
  try {
    return new URL(location, requestUrl).href;
  } catch {
    return undefined;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    const origin = new URL(a).origin;
    return origin !== 'null' && origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function nextHopInit(init: RequestInit, status: number, keepCredentials: boolean): RequestInit {
  const seeOther = status === 303 && (init.method ?? 'GET').toUpperCase() !== 'HEAD';
  const headers = Object.fromEntries(
    Object.entries(copyHeaders(init.headers)).filter(([name]) => {
      const lower = name.trim().toLowerCase();
      if (!keepCredentials && credentialHeaders.has(lower)) return false;
      return !(seeOther && lower === 'content-type');
    }),
  );
  const next: RequestInit = { ...init, headers };
  if (seeOther) {
    next.method = 'GET';
    delete next.body;
  }
  return next;
}

/** The headers as a fresh plain record, whatever form they came in. */
function copyHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers || Array.isArray(headers)) {
    return Object.fromEntries(new Headers(headers).entries());
  }
  return { ...headers };
}
