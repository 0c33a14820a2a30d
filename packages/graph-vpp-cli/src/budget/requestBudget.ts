import { parseRetryAfter, type Clock, type FetchLike } from 'graph-vpp-client';

/** At most `max` requests in any sliding window of `windowMs` milliseconds. */
export interface BudgetLimit {
  /** Requests allowed per window. */
  max: number;
  /** The window's length in milliseconds. */
  windowMs: number;
}

/** Intune's documented limits per app per tenant for vppTokens (Graph throttling docs). */
export const intuneLimits = {
  /** Writes (POST, PATCH, DELETE, including syncLicenses): 100 per 20 seconds. */
  writes: {
    /** Requests allowed per window. */
    max: 100,
    /** The window's length in milliseconds. */
    windowMs: 20_000,
  },
  /** All requests: 1,000 per 20 seconds. */
  all: {
    /** Requests allowed per window. */
    max: 1_000,
    /** The window's length in milliseconds. */
    windowMs: 20_000,
  },
} as const satisfies Record<string, BudgetLimit>;

/**
 * Hands out request slots so that no sliding window ever holds more than the budget allows.
 * Callers are served first come, first served, and only the head of the queue ever sleeps.
 * Before sleeping it waits for the requests already granted to finish, so a slot is never
 * stamped long before its request arrives — with a fake clock, a sleep jumps time at once.
 */
export class RequestBudget {
  private readonly writes: number[] = [];
  private readonly all: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private pausedUntil = 0;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly limits: { writes: BudgetLimit; all: BudgetLimit } = intuneLimits,
    /** Extra slack on each window, for clock skew between us and the service. */
    private readonly marginMs = 250,
  ) {}

  /**
   * Resolves when a request of this kind may be sent now, with a function to call once its
   * response has arrived.
   */
  acquire(isWrite: boolean, signal?: AbortSignal): Promise<() => void> {
    const turn = this.queue.then(() => this.waitForSlot(isWrite, signal));
    this.queue = turn.catch(() => undefined);
    return turn.then(() => {
      this.inFlight++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--this.inFlight === 0)
          this.idleWaiters.splice(0).forEach((wake) => {
            wake();
          });
      };
    });
  }

  /** The service said "wait": nobody gets a slot before `until` (from a 429's Retry-After). */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  private async waitForSlot(isWrite: boolean, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const wait = Math.max(
        this.pausedUntil - now,
        this.waitFor(this.all, this.limits.all, now),
        isWrite ? this.waitFor(this.writes, this.limits.writes, now) : 0,
      );
      if (wait <= 0) {
        this.all.push(now);
        if (isWrite) this.writes.push(now);
        return;
      }
      if (this.inFlight > 0) {
        await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
        continue; // time may have moved while they finished
      }
      await this.clock.sleep(wait, signal);
    }
  }

  /** How long until `log` has room under `limit`; drops entries that left the window. */
  private waitFor(log: number[], limit: BudgetLimit, now: number): number {
    const window = limit.windowMs + this.marginMs;
    for (let oldest = log[0]; oldest !== undefined && oldest <= now - window; oldest = log[0]) {
      log.shift();
    }
    // The entry that must leave the window before one more request fits.
    const blocking = log[log.length - limit.max];
    return blocking === undefined ? 0 : blocking + window - now;
  }
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A `fetch` that waits for the budget before each request and pauses it on a 429. */
export function budgetedFetch(budget: RequestBudget, clock: Clock, next: FetchLike): FetchLike {
  return async (input, init) => {
    const done = await budget.acquire(
      writeMethods.has((init.method ?? 'GET').toUpperCase()),
      init.signal ?? undefined,
    );
    try {
      const response = await next(input, init);
      if (response.status === 429) {
        const waitMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
        if (waitMs) budget.pauseUntil(clock.now() + waitMs);
      }
      return response;
    } finally {
      done();
    }
  };
}
