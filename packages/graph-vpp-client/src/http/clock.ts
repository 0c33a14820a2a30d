/** Time as the client sees it. Tests pass a fake one so retries and polling never sleep for real. */
export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The longest single setTimeout (2^31-1 ms); longer waits are made of several. */
const maxTimerMs = 2 ** 31 - 1;

/**
 * Real time: `Date.now()` and `setTimeout`. The default everywhere a clock is optional. A wait
 * longer than a timer can hold is chained, so it never fires early (nor warns of an overflow).
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      let remaining = ms > 0 ? ms : 0; // NaN and negatives: no wait; Infinity: forever
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const arm = () => {
        const step = Math.min(remaining, maxTimerMs);
        remaining -= step;
        timer = setTimeout(() => {
          if (remaining > 0) {
            arm();
            return;
          }
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, step);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      arm();
    }),
};
