import type { RequestOption } from '@microsoft/kiota-abstractions';
import type { Middleware } from '@microsoft/kiota-http-fetchlibrary';
import { callOptionsFrom } from './callOptions.js';
import { backoffDelay, maxTimerDelayMs } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import { parseRetryAfter } from './retryAfter.js';

/** How the client retries throttled (429) and unavailable (503/504) answers. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3, at most 10; 0 turns retrying off. */
  maxRetries?: number;
  /**
   * Backoff scale; triples per attempt. Without `Retry-After` a wait is drawn uniformly from
   * [0, baseDelayMs · 3^attempt]; with it, from [Retry-After, Retry-After + baseDelayMs · 3^attempt].
   * Default 1000 ms.
   */
  baseDelayMs?: number;
  /**
   * Longest single wait (clamped to 2^31-1 ms, the most a timer can wait). When `Retry-After`
   * asks for more, the error is returned to the caller (as a `GraphError` with
   * `retryAfterSeconds`) instead of sleeping. Default 60 000 ms.
   */
  maxDelayMs?: number;
  /** Time source; pass a fake clock in tests so retries never sleep for real. */
  clock?: Clock;
  /** Jitter source returning [0, 1), like the default `Math.random`; tests pass a fixed one. */
  random?: () => number;
}

const transientStatuses = new Set([429, 503, 504]);
const syncLicensesPath = /\/(microsoft\.graph\.)?syncLicenses\/?$/i;

/**
 * Whether a failed attempt may be sent again.
 * - 429 means Graph refused the request before doing anything: every method is retried.
 * - 503/504 may come after the work was done. GET, PATCH, PUT and DELETE are idempotent, and a
 *   repeated syncLicenses only starts the same sync again, so those are retried; a POST that
 *   creates a vppToken is not, since a second one could create a duplicate.
 */
export function isRetryable(status: number, method: string, url: string): boolean {
  if (!transientStatuses.has(status)) return false;
  if (status === 429) return true;
  const verb = method.toUpperCase();
  if (verb !== 'POST') return true;
  return syncLicensesPath.test(safePathname(url));
}

export class GraphRetryHandler implements Middleware {
  next: Middleware | undefined;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly clock: Clock;
  private readonly random: () => number;

  constructor(options: RetryOptions = {}) {
    this.maxRetries = Math.min(Math.floor(nonNegative(options.maxRetries, 3, 'maxRetries')), 10);
    this.baseDelayMs = Math.min(
      nonNegative(options.baseDelayMs, 1000, 'baseDelayMs'),
      maxTimerDelayMs,
    );
    this.maxDelayMs = Math.min(
      nonNegative(options.maxDelayMs, 60_000, 'maxDelayMs'),
      maxTimerDelayMs,
    );
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    if (typeof this.random !== 'function') {
      throw new TypeError('retry.random must be a function returning a number in [0, 1).');
    }
  }

  async execute(
    url: string,
    init: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) throw new Error('GraphRetryHandler must not be the last middleware');
    const signal = callOptionsFrom(requestOptions)?.signal;
    for (let attempt = 0; ; attempt++) {
      const response = await this.next.execute(url, init, requestOptions);
      if (attempt >= this.maxRetries || !isRetryable(response.status, init.method ?? 'GET', url)) {
        return response;
      }
      const delay = backoffDelay({
        attempt,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), this.clock.now()),
        baseDelayMs: this.baseDelayMs,
        maxDelayMs: this.maxDelayMs,
        random: this.random,
      });
      if (delay === undefined) return response;
      await response.arrayBuffer().catch(() => undefined); // release the connection
      await this.clock.sleep(delay, signal);
      (init.headers as Record<string, string>)['retry-attempt'] = String(attempt + 1);
    }
  }
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new TypeError(
      `retry.${name} must be a number of at least 0, got ${String(value)}. Leave it out for the default (${fallback}).`,
    );
  }
  return value;
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
