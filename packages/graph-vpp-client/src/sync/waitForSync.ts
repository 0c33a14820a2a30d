import type { VppToken } from '../generated/models/index.js';
import type { VppTokensApiClient } from '../generated/vppTokensApiClient.js';
import { isGraphError } from '../errors/graphError.js';
import { withSignal } from '../http/callOptions.js';
import { systemClock, type Clock } from '../http/clock.js';
import { describeId } from '../ids/describeId.js';

/** Options for {@link waitForSync}. */
export interface WaitForSyncOptions {
  /** Give up after this long. Default 10 minutes. */
  timeoutMs?: number;
  /** First pause between polls; grows 1.5× per poll up to `maxIntervalMs`. Default 2 s. */
  intervalMs?: number;
  /** Longest pause between polls. Default 30 s. */
  maxIntervalMs?: number;
  /** Stops waiting; the pending poll rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time source; a fake clock makes tests instant. */
  clock?: Clock;
}

/** `waitForSync` ran out of time; `lastToken` is what the last poll saw. */
export class SyncTimeoutError extends Error {
  /** Always `'SyncTimeoutError'`. */
  override name = 'SyncTimeoutError' as const;
  /** Records what timed out; the message says the sync may still finish on the service. */
  constructor(
    /** The token whose sync was being waited for. */
    readonly vppTokenId: string,
    /** How long `waitForSync` waited. */
    readonly timeoutMs: number,
    /** What the last poll returned, if any poll succeeded. */
    readonly lastToken: VppToken | undefined,
  ) {
    super(
      `vppToken ${describeId(vppTokenId)} was still ${lastToken?.lastSyncStatus ?? 'unknown'} after ${timeoutMs} ms; the sync may still finish on the service.`,
    );
  }
}

const finished = new Set(['completed', 'failed']);

/**
 * Polls `GET /vppTokens/{id}` until `lastSyncStatus` is `completed` or `failed` and returns that
 * token. A throttled poll waits for its `Retry-After`; any other error rejects.
 */
export async function waitForSync(
  client: VppTokensApiClient,
  vppTokenId: string,
  options: WaitForSyncOptions = {},
): Promise<VppToken> {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const maxIntervalMs = options.maxIntervalMs ?? 30_000;
  const deadline = clock.now() + timeoutMs;
  const item = client.deviceAppManagement.vppTokens.byVppTokenId(vppTokenId);
  let interval = Math.max(0, options.intervalMs ?? 2_000);
  let last: VppToken | undefined;
  for (;;) {
    let pause = interval;
    try {
      last = await item.get(options.signal ? withSignal(options.signal) : undefined);
      if (last?.lastSyncStatus && finished.has(last.lastSyncStatus)) return last;
    } catch (error) {
      if (!isGraphError(error) || !error.isTransient) throw error;
      pause = Math.max(pause, (error.retryAfterSeconds ?? 0) * 1000);
    }
    if (clock.now() + pause > deadline) throw new SyncTimeoutError(vppTokenId, timeoutMs, last);
    await clock.sleep(pause, options.signal);
    interval = Math.min(Math.ceil(interval * 1.5), maxIntervalMs);
  }
}
