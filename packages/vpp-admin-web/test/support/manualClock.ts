import type { Clock } from 'graph-vpp-client';
import type { FakeClock } from 'graph-vpp-fake';

/**
 * A polling clock the test drives: `sleep` waits until the test moves the fake's clock past its
 * end with `advance`, so a test can look at the page while a sync is still running.
 */
export interface ManualClock extends Clock {
  /** How many sleeps are waiting (a poller between two polls). */
  readonly sleeping: number;
  /** Moves the fake's clock forward and wakes the sleeps that are due. */
  advance(ms: number): void;
}

export function createManualClock(fakeClock: FakeClock): ManualClock {
  let sleepers: { until: number; wake: () => void }[] = [];
  return {
    now: () => fakeClock.now(),
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const sleeper = { until: fakeClock.now() + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(signal.reason);
        });
      });
    },
    get sleeping() {
      return sleepers.length;
    },
    advance(ms) {
      fakeClock.advance(ms);
      const due = sleepers.filter((s) => s.until <= fakeClock.now());
      sleepers = sleepers.filter((s) => s.until > fakeClock.now());
      for (const s of due) s.wake();
    },
  };
}
