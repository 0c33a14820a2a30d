import { describeCredentialFailure, safeCause } from '../errors/describeFailure.js';
import { GraphAuthError } from '../errors/graphAuthError.js';
import type { AcquireToken } from './tokenSource.js';

/** Refresh at most this long before expiry (for tokens living over 20 minutes: exactly this). */
export const refreshMarginMs = 2 * 60_000;

/**
 * How long before its expiry a token is refreshed: 10% of its lifetime, at least 5 s (half the
 * lifetime for tokens under 10 s) and at most two minutes. A 1 h token is reused for 58 min, a
 * 30 s one for 25 s, a 1 s one for 0.5 s; one already expired is not kept at all.
 */
export function refreshMarginFor(lifetimeMs: number): number {
  if (!(lifetimeMs > 0)) return 0;
  return Math.min(refreshMarginMs, Math.max(lifetimeMs * 0.1, Math.min(5_000, lifetimeMs / 2)));
}

interface Cached {
  token: string;
  refreshAt: number;
}

interface Flight {
  key: string;
  promise: Promise<string>;
  controller: AbortController;
  waiters: number;
}

export interface TokenCacheOptions {
  now?: () => number;
  log?: (line: string) => void;
}

/**
 * One cached token per scope set. Reused until `refreshAfterTimestamp` (or shortly before expiry:
 * see {@link refreshMarginFor}); concurrent callers share one request to the source; failures are not cached; a
 * claims challenge bypasses the cache and its token replaces the cached one.
 */
export class TokenCache {
  private readonly entries = new Map<string, Cached>();
  private readonly flights = new Map<string, Flight>();
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private lastScopes: readonly string[] | undefined;
  private lastKey = '';

  constructor(
    private readonly acquire: AcquireToken,
    options: TokenCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
  }

  async get(
    scopes: readonly string[],
    options: { claims?: string; signal?: AbortSignal } = {},
  ): Promise<string> {
    const key = this.keyOf(scopes);
    const cached = this.entries.get(key);
    if (!options.claims && cached && this.now() < cached.refreshAt) return cached.token;

    // A claims request never joins a plain refresh (it needs the claims), and vice versa.
    const flightKey = options.claims ? `${key}\u0000claims\u0000${options.claims}` : key;
    let flight = this.flights.get(flightKey);
    if (!flight) {
      flight = this.startFlight(key, flightKey, scopes, options.claims);
      this.flights.set(flightKey, flight);
    }
    return this.wait(flight, options.signal);
  }

  /** The cache key of a scope set; remembered for a frozen list (the auth provider's own). */
  private keyOf(scopes: readonly string[]): string {
    if (scopes === this.lastScopes) return this.lastKey;
    const key = [...scopes].sort().join(' ');
    if (Object.isFrozen(scopes)) {
      this.lastScopes = scopes;
      this.lastKey = key;
    }
    return key;
  }

  private startFlight(
    key: string,
    flightKey: string,
    scopes: readonly string[],
    claims: string | undefined,
  ): Flight {
    const controller = new AbortController();
    this.log(`graph-vpp-auth: requesting a token for ${key}${claims ? ' (claims challenge)' : ''}`);
    const promise = this.acquire({
      scopes,
      ...(claims ? { claims } : {}),
      signal: controller.signal,
    })
      .then((result) => {
        const expires = result.expiresOnTimestamp;
        if (expires === undefined) {
          this.entries.delete(key); // unknown lifetime: ask the source every time
        } else {
          const refreshAt = Math.min(
            result.refreshAfterTimestamp ?? Infinity,
            expires - refreshMarginFor(expires - this.now()),
          );
          // An already expired token is still handed to this caller, but never reused.
          const kept = refreshAt > this.now();
          if (kept) this.entries.set(key, { token: result.token, refreshAt });
          else this.entries.delete(key);
          this.log(
            `graph-vpp-auth: token for ${key} ${describeExpiry(expires)}${kept ? '' : ' (not kept: expired or about to)'}`,
          );
        }
        return result.token;
      })
      .catch((error: unknown) => {
        this.log(`graph-vpp-auth: token request for ${key} failed`);
        if (error instanceof GraphAuthError) throw error;
        // The raw error may carry the token or the request body: only a redacted copy is kept.
        throw new GraphAuthError(
          'token-unavailable',
          `Could not get an access token for ${key}: ${describeCredentialFailure(error)}. The next request will try again.`,
          { cause: safeCause(error) },
        );
      })
      .finally(() => this.flights.delete(flightKey));
    return { key: flightKey, promise, controller, waiters: 0 };
  }

  /** Waits for a shared flight; the caller's own abort only stops its own wait. */
  private async wait(flight: Flight, signal: AbortSignal | undefined): Promise<string> {
    if (signal?.aborted) throw signal.reason;
    flight.waiters++;
    let onAbort: (() => void) | undefined;
    try {
      if (!signal) return await flight.promise;
      return await Promise.race([
        flight.promise,
        new Promise<never>((_, reject) => {
          onAbort = () => {
            reject(signal.reason);
          };
          signal.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      flight.waiters--;
      if (flight.waiters === 0 && signal?.aborted) {
        // Nobody wants this token any more: stop the source, and let the next caller start afresh.
        if (this.flights.get(flight.key) === flight) this.flights.delete(flight.key);
        flight.controller.abort(signal.reason);
      }
    }
  }
}

/** An expiry as log text; never throws (`toISOString` does on dates past year 275760). */
function describeExpiry(expires: number): string {
  if (expires === Number.POSITIVE_INFINITY) return 'never expires';
  if (!Number.isFinite(expires) || Math.abs(expires) > 8.64e15) return 'has no readable expiry';
  return `expires ${new Date(expires).toISOString()}`;
}
