import type { Middleware } from '@microsoft/kiota-http-fetchlibrary';
import { parseAbsolute, type TokenEgressPolicy } from './tokenEgressPolicy.js';
import { TokenEgressError } from './tokenEgressError.js';
import type { FetchLike } from '../http/fetchLike.js';

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
    private readonly fetchImpl: FetchLike,
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
  if (!carriesAuthorization(headers) || allows(policy, url)) return;
  const parsed = parseAbsolute(url);
  if (!parsed) {
    throw new TokenEgressError(
      undefined,
      `Refused to send a request carrying Authorization to "${describeUnparsable(url)}": it is not an absolute URL, so its host cannot be checked (a browser's fetch would resolve it against the page). Nothing was sent.`,
    );
  }
  const hosts = policy.allowedHosts ? ` (allowed: ${[...policy.allowedHosts].join(', ')})` : '';
  const why = parsed.username || parsed.password ? ' with user info in its URL' : '';
  throw new TokenEgressError(
    parsed.hostname,
    `Refused to send a request carrying Authorization to ${parsed.protocol}//${parsed.host}${why}: that host is outside the auth policy${hosts}. Nothing was sent; if you trust the host, add it to allowedHosts in graph-vpp-auth.`,
  );
}

/** A policy that throws (say, on a relative URL) has not allowed anything. */
function allows(policy: TokenEgressPolicy, url: string): boolean {
  try {
    return policy.isAllowed(url);
  } catch {
    return false;
  }
}

/**
 * Whether fetch would send an Authorization header for these headers, in any form or case.
 * `null` is in the type because plain-JS callers pass it and fetch accepts it.
 */
export function carriesAuthorization(headers: RequestInit['headers'] | null): boolean {
  if (headers === undefined || headers === null) return false;
  if (isPlainRecord(headers)) {
    // Kiota's own form (a plain record): no Headers object needed on the hot path.
    return Object.keys(headers).some((name) => name.trim().toLowerCase() === 'authorization');
  }
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

function isPlainRecord(value: object): value is Record<string, string> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The start of a URL that did not parse, without any query, escaped and kept short. */
function describeUnparsable(url: string): string {
  const head = url.split(/[?#]/, 1)[0] ?? '';
  const shown = head.length > 80 ? `${head.slice(0, 80)}…` : head;
  return JSON.stringify(shown).slice(1, -1);
}
