/**
 * The fake's own time. Token lifetimes, sync durations, throttling windows and `Date` headers all
 * read it. By default it only moves when a test says so, so tests never wait in real time; with
 * `realTime` it also follows the wall clock (for demos and servers, where nobody drives it).
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

export interface FakeClockSettings {
  /** Fake time = start + wall time elapsed since creation (or the last restart) + advances. */
  realTime?: boolean | undefined;
  /** The wall clock (`Date.now`); tests of the clock itself pass their own. */
  wallNow?: (() => number) | undefined;
}

/** The clock plus `restart()`, which only the fake's `reset()` may call (time never runs backwards otherwise). */
export function createFakeClock(
  start: number,
  onChange: () => void = () => {},
  settings: FakeClockSettings = {},
): { clock: FakeClock; restart(): void } {
  const wallNow = settings.wallNow ?? Date.now;
  const realTime = settings.realTime ?? false;
  let wallStart = wallNow();
  // Fake ms added by advance/setTime/sleep on top of `start` (and of elapsed wall time).
  let offset = 0;
  const now = () => start + offset + (realTime ? Math.max(0, wallNow() - wallStart) : 0);
  const clock: FakeClock = {
    now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`clock.advance(ms) needs a finite ms >= 0, got ${ms}`);
      }
      offset += ms;
      onChange();
    },
    setTime(time) {
      const target = toEpochMs(time);
      const current = now();
      if (target < current) {
        throw new RangeError(
          `clock.setTime cannot go back from ${new Date(current).toISOString()}`,
        );
      }
      offset += target - current;
      onChange();
    },
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(toError(signal.reason));
      clock.advance(Math.max(0, ms));
      return Promise.resolve();
    },
  };
  return {
    clock,
    restart: () => {
      offset = 0;
      wallStart = wallNow();
    },
  };
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

export function toEpochMs(time: Date | number | string): number {
  const ms =
    time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(time)}`);
  return ms;
}
