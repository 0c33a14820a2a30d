/** The longest delay `setTimeout` honours (2^31-1 ms, about 24.8 days); longer ones fire at once. */
export const maxTimerDelayMs = 2 ** 31 - 1;

/** How much the backoff ceiling grows per attempt (as decorrelated jitter's ×3). */
export const backoffGrowth = 3;

/** What one backoff decision needs. `random` returns a number in [0, 1), like `Math.random`. */
export interface BackoffInput {
  attempt: number;
  retryAfterMs: number | undefined;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

/**
 * How long to wait before retry `attempt + 1`, or undefined to give up and return the response.
 * - No Retry-After: full jitter, uniform in [0, min(maxDelayMs, baseDelayMs · 3^attempt)], so
 *   callers throttled together spread out instead of coming back in lockstep. Growing ×3 rather
 *   than ×2 halves the 429s of a storm for a little more latency (see test/adversarial).
 * - Retry-After: never earlier than it says, spread after it by up to baseDelayMs · 3^attempt
 *   (and at most maxDelayMs in all); a Retry-After longer than maxDelayMs gives up.
 * maxDelayMs itself is clamped to what a timer can wait, so no delay can overflow setTimeout.
 */
export function backoffDelay(input: BackoffInput): number | undefined {
  const maxDelayMs = Math.min(input.maxDelayMs, maxTimerDelayMs);
  const ceiling = Math.min(input.baseDelayMs * backoffGrowth ** input.attempt, maxTimerDelayMs);
  const spread = unit(input.random) * ceiling;
  if (input.retryAfterMs === undefined) return Math.round(Math.min(spread, maxDelayMs));
  if (!(input.retryAfterMs <= maxDelayMs)) return undefined;
  return Math.round(Math.min(input.retryAfterMs + spread, maxDelayMs));
}

/** A draw from `random` forced into [0, 1) (a bad injected source must not break the bounds). */
function unit(random: () => number): number {
  const value = random();
  if (!(value > 0)) return 0; // also NaN
  return value >= 1 ? 1 - Number.EPSILON : value;
}
