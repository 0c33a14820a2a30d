import { GraphAuthError } from '../errors/graphAuthError.js';
import type { AcquireToken } from './tokenSource.js';

/** Refresh this long before expiry when the source gives no `refreshAfterTimestamp`. */
export const refreshMarginMs = 2 * 60_000;

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
 * One cached token per scope set. Reused until `refreshAfterTimestamp` (or two minutes before
 * expiry); concurrent callers share one request to the source; failures are not cached; a
 * claims challenge bypasses the cache and its token replaces the cached one.
 */
export class TokenCache {
  private readonly entries = new Map<string, Cached>();
  private readonly flights = new Map<string, Flight>();
  private readonly now: () => number;
  private readonly log: (line: string) => void;

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
    const key = [...scopes].sort().join(' ');
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
            expires - refreshMarginMs,
          );
          this.entries.set(key, { token: result.token, refreshAt });
          this.log(
            `graph-vpp-auth: token for ${key} ${Number.isFinite(expires) ? `expires ${new Date(expires).toISOString()}` : 'never expires'}`,
          );
        }
        return result.token;
      })
      .catch((error: unknown) => {
        this.log(`graph-vpp-auth: token request for ${key} failed`);
        if (error instanceof GraphAuthError) throw error;
        throw new GraphAuthError(
          'token-unavailable',
          `Could not get an access token for ${key}: ${error instanceof Error ? error.message : String(error)}. The next request will try again.`,
          { cause: error },
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
