import type { Middleware } from '@microsoft/kiota-http-fetchlibrary';
import { parseAbsolute, type TokenEgressPolicy } from './tokenEgressPolicy.js';
import { TokenEgressError } from './tokenEgressError.js';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The last hop: the one place that guarantees token egress. It is the terminal handler (it calls
 * fetch itself), so no middleware can run between the check and the send. A request carrying
 * `Authorization` to a URL outside the policy is refused with a TokenEgressError, not sent
 * without the header: something earlier in the chain went wrong, and the request would still
 * hand its path and body to an unchecked host.
 */
export class TokenEgressFetchHandler implements Middleware {
  next: Middleware | undefined;
  constructor(
    private readonly fetchImpl: Fetch,
    private readonly policy: TokenEgressPolicy,
  ) {}

  execute(url: string, init: RequestInit): Promise<Response> {
    assertTokenEgress(url, init.headers, this.policy);
    return this.fetchImpl(url, init);
  }
}

/** Throws a TokenEgressError when `headers` carry Authorization to a URL the policy refuses. */
export function assertTokenEgress(
  url: string,
  headers: RequestInit['headers'],
  policy: TokenEgressPolicy,
): void {
  if (!carriesAuthorization(headers)) return;
  const parsed = parseAbsolute(url);
  if (!parsed) {
    throw new TokenEgressError(
      undefined,
      `Refused to send a request carrying Authorization to "${describeUnparsable(url)}": it is not an absolute URL, so its host cannot be checked (a browser's fetch would resolve it against the page). Nothing was sent.`,
    );
  }
  if (policy.isAllowed(parsed.href) && policy.isAllowed(url)) return;
  const hosts = policy.allowedHosts ? ` (allowed: ${[...policy.allowedHosts].join(', ')})` : '';
  const why = parsed.username || parsed.password ? ' with user info in its URL' : '';
  throw new TokenEgressError(
    parsed.hostname,
    `Refused to send a request carrying Authorization to ${parsed.protocol}//${parsed.host}${why}: that host is outside the auth policy${hosts}. Nothing was sent; if you trust the host, add it to allowedHosts in graph-vpp-auth.`,
  );
}

/** Whether fetch would send an Authorization header for these headers, in any form or case. */
export function carriesAuthorization(headers: RequestInit['headers']): boolean {
  if (headers === undefined || headers === null) return false;
  try {
    return new Headers(headers).has('authorization');
  } catch {
    // Not something fetch accepts either; look for the name by hand rather than guess "no".
    const names = Array.isArray(headers)
      ? headers.map((pair) => String((pair as unknown[])[0]))
      : Object.keys(headers);
    return names.some((name) => name.trim().toLowerCase() === 'authorization');
  }
}

/** The start of a URL that did not parse, without any query, escaped and kept short. */
function describeUnparsable(url: string): string {
  const head = String(url).split(/[?#]/, 1)[0] ?? '';
  const shown = head.length > 80 ? `${head.slice(0, 80)}…` : head;
  return JSON.stringify(shown).slice(1, -1);
}
