interface Sleeper {
  wakeAt: number;
  wake: () => void;
}

/**
 * The fake clock's sleepers. `sleep(ms)` means "wake at now + ms": once the process has nothing
 * else to do (a `setImmediate` turn), time jumps to the earliest wake-up and those sleepers run;
 * then again for the next. So 1 000 concurrent sleepers of 2 s move time by 2 s, not 2 000 s.
 */
export class Sleepers {
  private pending: Sleeper[] = [];
  private scheduled = false;

  constructor(
    private readonly now: () => number,
    private readonly advanceTo: (time: number) => void,
  ) {}

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(toError(signal.reason));
    return new Promise<void>((resolve, reject) => {
      const sleeper: Sleeper = {
        wakeAt: this.now() + Math.max(0, Number.isFinite(ms) ? ms : 0),
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.pending = this.pending.filter((s) => s !== sleeper);
        reject(toError(signal?.reason));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.push(sleeper);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.wakeEarliest();
    });
  }

  private wakeEarliest(): void {
    const first = Math.min(...this.pending.map((s) => s.wakeAt));
    if (!Number.isFinite(first)) return;
    if (first > this.now()) this.advanceTo(first);
    const now = this.now();
    const due = this.pending.filter((s) => s.wakeAt <= now);
    this.pending = this.pending.filter((s) => s.wakeAt > now);
    for (const sleeper of due) sleeper.wake();
    if (this.pending.length > 0) this.schedule();
  }
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
