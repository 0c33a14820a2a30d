/** Intune's documented limits for vppTokens ("Intune device enrollment service limits"). */
export interface ThrottlingOptions {
  /** Window length in ms (fake time). Default 20 000. */
  windowMs?: number;
  /** POST/PUT/PATCH/DELETE per app per tenant per window. Default 100. */
  writesPerWindow?: number;
  /** Any request per app per tenant per window. Default 1 000. */
  requestsPerWindow?: number;
}

export interface ThrottleDecision {
  allowed: boolean;
  /** Milliseconds until the budget that refused the request frees a slot. */
  retryAfterMs: number;
}

/**
 * A sliding window per app per tenant on the fake clock: a request is admitted when fewer than
 * the limit were admitted in the last `windowMs`. Refused requests do not use budget. When it
 * refuses, `retryAfterMs` is the time until the oldest admitted request leaves the window.
 */
export class SlidingWindowThrottle {
  private readonly windowMs: number;
  private readonly writeLimit: number;
  private readonly requestLimit: number;
  private readonly admitted = new Map<string, { all: number[]; writes: number[] }>();

  constructor(options: ThrottlingOptions = {}) {
    this.windowMs = options.windowMs ?? 20_000;
    this.writeLimit = options.writesPerWindow ?? 100;
    this.requestLimit = options.requestsPerWindow ?? 1_000;
  }

  admit(key: string, isWrite: boolean, now: number): ThrottleDecision {
    const entry = this.admitted.get(key) ?? { all: [], writes: [] };
    this.admitted.set(key, entry);
    const since = now - this.windowMs;
    entry.all = entry.all.filter((t) => t > since);
    entry.writes = entry.writes.filter((t) => t > since);
    if (entry.all.length >= this.requestLimit) {
      return { allowed: false, retryAfterMs: entry.all[0]! + this.windowMs - now };
    }
    if (isWrite && entry.writes.length >= this.writeLimit) {
      return { allowed: false, retryAfterMs: entry.writes[0]! + this.windowMs - now };
    }
    entry.all.push(now);
    if (isWrite) entry.writes.push(now);
    return { allowed: true, retryAfterMs: 0 };
  }

  reset(): void {
    this.admitted.clear();
  }
}

/** `Retry-After` in seconds; Graph sends fractions (e.g. `2.128`), so milliseconds are kept. */
export function formatRetryAfter(ms: number): string {
  return String(Math.max(0, Math.ceil(ms)) / 1000);
}
