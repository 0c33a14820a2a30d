import type { Clock } from '../../src/index.js';

/** A clock that never waits: `sleep` records the delay and moves time forward at once. */
export function fakeClock(start = Date.parse('2026-11-28T12:00:00Z')) {
  let now = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) => {
      if (signal?.aborted) return Promise.reject(signal.reason);
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms) };
}
