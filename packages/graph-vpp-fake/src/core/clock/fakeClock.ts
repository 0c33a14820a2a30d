import { Sleepers } from './sleepers.js';

/**
 * The fake's own time. Token lifetimes, sync durations, throttling windows and `Date` headers all
 * read it. By default it only moves when a test says so, so tests never wait in real time; with
 * `realTime` it also follows the wall clock (for demos and servers, where nobody drives it).
 *
 * It also satisfies graph-vpp-client's `Clock` (`now` + `sleep`): `sleep(ms)` means "wake at
 * now + ms" and resolves without waiting in real time, so `waitForSync(client, id, { clock:
 * fake.clock })` and `retry: { clock: fake.clock }` run instantly. Concurrent sleepers move time
 * to the latest wake-up among them, not by the sum of their delays.
 */
export interface FakeClock {
  /** Milliseconds since the epoch, fake time. */
  now(): number;
  /** Moves fake time forward by `ms` (negative values are refused). */
  advance(ms: number): void;
  /** Jumps to an absolute time; it cannot go backwards. */
  setTime(time: Date | number | string): void;
  /**
   * Resolves when fake time reaches now + `ms`: once nothing else is running, time jumps to the
   * earliest pending wake-up (rejects if `signal` aborts first).
   */
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
  const sleepers = new Sleepers(now, (time) => {
    offset += time - now();
    onChange();
  });
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
    sleep: (ms, signal) => sleepers.sleep(ms, signal),
  };
  return {
    clock,
    restart: () => {
      offset = 0;
      wallStart = wallNow();
    },
  };
}

export function toEpochMs(time: Date | number | string): number {
  const ms =
    time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(time)}`);
  return ms;
}
