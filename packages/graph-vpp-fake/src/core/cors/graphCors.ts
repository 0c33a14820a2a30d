/**
 * CORS for browser callers (SPAs, msw's service worker with a cross-origin page, Storybook).
 *
 * Graph answers browser calls with `Access-Control-Allow-Origin`; a preflight carries no token, so
 * it is answered before authentication. The fake lists Retry-After among the exposed headers so
 * a browser client can honour throttling; real Graph has been reported not to (see
 * microsoftgraph/msgraph-sdk-design#76), which is why the client warns when it cannot read it.
 */

/** Request headers the Graph client and Kiota send from a browser. */
export const corsAllowedRequestHeaders = [
  'Authorization',
  'Content-Type',
  'Accept',
  'client-request-id',
  'return-client-request-id',
  'ConsistencyLevel',
  'If-Match',
  'If-None-Match',
  'Prefer',
  'SdkVersion',
  'x-ms-client-request-id',
  'x-ms-throttle-priority',
  'x-ms-useragent',
] as const;

/** Response headers a browser script may read (without this list it sees only the safelisted few). */
export const corsExposedResponseHeaders = [
  'Retry-After',
  'request-id',
  'client-request-id',
  'WWW-Authenticate',
  'Date',
  'Location',
  'ETag',
  'Content-Type',
  'Allow',
] as const;

/** How long (seconds) a browser may cache a preflight answer. */
export const corsPreflightMaxAgeSeconds = 3600;

/** A CORS preflight: OPTIONS with an Origin and the method the browser wants to send. */
export function isCorsPreflight(request: Request): boolean {
  return (
    request.method.toUpperCase() === 'OPTIONS' &&
    request.headers.has('origin') &&
    request.headers.has('access-control-request-method')
  );
}

/**
 * The 204 answer to a preflight for a route allowing `allowedMethods`. The requested headers are
 * echoed (merged with the known list) so a header the fake does not know never blocks a test.
 */
export function corsPreflightResponse(
  request: Request,
  allowedMethods: readonly string[],
): Response {
  const headers = new Headers();
  addCorsHeaders(headers, request);
  const methods = [...new Set([...allowedMethods.map((m) => m.toUpperCase()), 'OPTIONS'])];
  headers.set('access-control-allow-methods', methods.join(', '));
  headers.set('access-control-allow-headers', allowedHeaders(request).join(', '));
  headers.set('access-control-max-age', String(corsPreflightMaxAgeSeconds));
  headers.append('vary', 'Access-Control-Request-Method, Access-Control-Request-Headers');
  return new Response(null, { status: 204, headers });
}

/** Adds the CORS answer headers when the request came from a browser page (it has an Origin). */
export function addCorsHeaders(headers: Headers, request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) return;
  // Echoing the origin (not `*`) also works for callers that send credentials.
  headers.set('access-control-allow-origin', origin);
  headers.append('vary', 'Origin');
  headers.set('access-control-expose-headers', corsExposedResponseHeaders.join(', '));
}

function allowedHeaders(request: Request): string[] {
  const requested = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const known = new Set(corsAllowedRequestHeaders.map((name) => name.toLowerCase()));
  return [...corsAllowedRequestHeaders, ...requested.filter((n) => !known.has(n.toLowerCase()))];
}
