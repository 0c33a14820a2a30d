/** A scripted failure for `fake.failNext(…)`: the next matching requests get this error. */
export interface FailNextOptions {
  /** HTTP status to answer with, e.g. 429, 503, 500. */
  status: number;
  /** How many matching requests fail. Default 1. */
  times?: number;
  /** Seconds for `Retry-After` (fractions allowed). A 429 always carries one; default 0. */
  retryAfter?: number;
  /** Only requests to this operation (the spec's operationId, e.g. `vppTokens.syncLicenses`); default all. */
  operation?: string;
  /** Graph error `code`; defaults to Graph's code for the status. */
  code?: string;
  /** Error message; default says the failure was injected. */
  message?: string;
}

interface PendingFault extends FailNextOptions {
  remaining: number;
}

/** Scripted failures, consumed in the order they were added by the requests they match. */
export class FaultQueue {
  private pending: PendingFault[] = [];

  constructor(private readonly knownOperations: readonly string[]) {}

  add(options: FailNextOptions): void {
    if (!Number.isInteger(options.status) || options.status < 400 || options.status > 599) {
      throw new RangeError(
        `failNext: status must be an HTTP error status (400-599), got ${options.status}`,
      );
    }
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
      throw new RangeError(`failNext: times must be a positive integer, got ${times}`);
    }
    if (
      options.operation !== undefined &&
      options.operation !== 'all' &&
      !this.knownOperations.includes(options.operation)
    ) {
      throw new RangeError(
        `failNext: unknown operation "${options.operation}"; the spec has ${this.knownOperations.join(', ')}`,
      );
    }
    this.pending.push({ ...options, remaining: times });
  }

  /** The fault this request should get, if any (and uses one of its `times`). */
  take(operationId: string): FailNextOptions | undefined {
    const fault = this.pending.find(
      (f) => f.operation === undefined || f.operation === 'all' || f.operation === operationId,
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.pending = this.pending.filter((f) => f !== fault);
    return fault;
  }

  get size(): number {
    return this.pending.reduce((sum, f) => sum + f.remaining, 0);
  }

  clear(): void {
    this.pending = [];
  }
}
