import { isGraphError, SyncTimeoutError } from 'graph-vpp-client';

/** Options for {@link createVppRetry}. */
export interface VppRetryOptions {
  /** Query-level retries after a network failure (no answer at all). Default 2. */
  networkRetries?: number | undefined;
}

/** A TanStack Query `retry` function: `(failureCount, error) => boolean`. */
export type VppRetry = (failureCount: number, error: Error) => boolean;

/**
 * The retry policy every option object of this package carries, so it wins over a
 * QueryClient's `defaultOptions.retry`:
 *
 * - a `GraphError` is never retried here: the client already retried 429, 503 and 504 (with
 *   `Retry-After`), and a 4xx will not heal by asking again — so a 403 costs one request;
 * - a network failure (fetch's `TypeError`: offline, DNS, reset) is retried `networkRetries` times,
 *   since the client's retry handler only sees answers, never their absence;
 * - anything else (cancellation, a refused next link, a sync timeout) is not retried.
 *
 * Override per query by spreading: `{ ...vppTokensQueryOptions(client), retry: 5 }`.
 */
export function createVppRetry(options: VppRetryOptions = {}): VppRetry {
  const networkRetries = Math.max(0, options.networkRetries ?? 2);
  return (failureCount, error) => {
    if (isGraphError(error) || error instanceof SyncTimeoutError) return false;
    return error instanceof TypeError && failureCount < networkRetries;
  };
}

/** {@link createVppRetry} with its defaults. */
export const vppRetry: VppRetry = createVppRetry();
