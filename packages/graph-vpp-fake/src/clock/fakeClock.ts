/**
 * The fake's own time. Token lifetimes, sync durations, throttling windows and `Date` headers all
 * read it, and it only moves when a test says so, so tests never wait in real time.
 *
 * It also satisfies graph-vpp-client's `Clock` (`now` + `sleep`): `sleep(ms)` advances the fake
 * clock by `ms` and resolves at once, so `waitForSync(client, id, { clock: fake.clock })` and
 * `retry: { clock: fake.clock }` run instantly.
 */
export interface FakeClock {
  /** Milliseconds since the epoch, fake time. */
  now(): number;
  /** Moves fake time forward by `ms` (negative values are refused). */
  advance(ms: number): void;
  /** Jumps to an absolute time; it cannot go backwards. */
  setTime(time: Date | number | string): void;
  /** Advances by `ms` and resolves immediately (or rejects if `signal` is already aborted). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The clock plus `restart()`, which only the fake's `reset()` may call (time never runs backwards otherwise). */
export function createFakeClock(
  start: number,
  onChange: () => void = () => {},
): { clock: FakeClock; restart(): void } {
  let now = start;
  const clock: FakeClock = {
    now: () => now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`clock.advance(ms) needs a finite ms >= 0, got ${ms}`);
      }
      now += ms;
      onChange();
    },
    setTime(time) {
      const target = toEpochMs(time);
      if (target < now) {
        throw new RangeError(`clock.setTime cannot go back from ${new Date(now).toISOString()}`);
      }
      now = target;
      onChange();
    },
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      clock.advance(Math.max(0, ms));
      return Promise.resolve();
    },
  };
  return {
    clock,
    restart: () => {
      now = start;
    },
  };
}

export function toEpochMs(time: Date | number | string): number {
  const ms =
    time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(time)}`);
  return ms;
}
