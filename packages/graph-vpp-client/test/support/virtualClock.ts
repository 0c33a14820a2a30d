import type { Clock } from '../../src/index.js';

/**
 * Virtual time for many concurrent callers: `sleep(ms)` means "wake at now + ms". Time moves
 * only when every caller started with `run` is asleep (or done), and then to the earliest wake-up,
 * not by the sum of the sleeps. Wake-ups are rounded up to `tickMs` (never early) so a storm of
 * jittered sleepers wakes in batches instead of one event-loop turn each. Deterministic: no real
 * timer decides anything.
 */
export function virtualClock(start = Date.parse('2026-11-28T12:00:00Z'), tickMs = 1) {
  let now = start;
  let active = 0;
  let order = 0;
  let advancing = false;
  const timers: { at: number; order: number; wake: () => void }[] = [];

  const maybeAdvance = () => {
    if (active > 0 || timers.length === 0 || advancing) return;
    advancing = true;
    // Let pending promise continuations run first, so "everyone is asleep" is really true.
    setImmediate(() => {
      advancing = false;
      if (active > 0 || timers.length === 0) return;
      timers.sort((a, b) => a.at - b.at || a.order - b.order);
      now = Math.max(now, timers[0]?.at ?? now);
      const due = timers.filter((t) => t.at <= now);
      timers.splice(0, due.length);
      for (const timer of due) {
        active++;
        timer.wake();
      }
    });
  };

  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) => {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active <= 0) throw new Error('virtualClock.sleep called outside run()');
      return new Promise<void>((resolve) => {
        timers.push({ at: now + Math.ceil(ms / tickMs) * tickMs, order: order++, wake: resolve });
        active--;
        maybeAdvance();
      });
    },
  };

  async function run<T>(task: () => Promise<T>): Promise<T> {
    active++;
    try {
      return await task();
    } finally {
      active--;
      maybeAdvance();
    }
  }

  return { clock, run, elapsed: () => now - start };
}

/** A small seeded PRNG (mulberry32), so jittered runs are the same every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
