/** What Graph told us about a failed call, readable and safe to log (it never holds a token). */
export interface GraphErrorDetails {
  /** HTTP status, e.g. 403. */
  status: number;
  /** Graph's `error.code`, e.g. `Forbidden`; for a non-JSON body, the HTTP status text. */
  code: string;
  /** The readable message; for Intune errors, the `Message` inside the JSON-encoded `error.message`. */
  message: string;
  /** `request-id` from the body or the response header. */
  requestId?: string | undefined;
  /** `client-request-id` from the body or the response header. */
  clientRequestId?: string | undefined;
  /** `innerError.date` (Graph sends it without a zone; it is UTC). */
  date?: Date | undefined;
  /** Seconds the service asked us to wait (`Retry-After`, fractional allowed). */
  retryAfterSeconds?: number | undefined;
  /** Intune's support identifiers, when the message carried them. */
  operationId?: string | undefined;
  activityId?: string | undefined;
  /** `error.target` and `error.details`, when present. */
  target?: string | undefined;
  details?: { code: string; message: string; target?: string | undefined }[] | undefined;
  /** For a non-JSON error body, its content type and first 2 KB. */
  contentType?: string | undefined;
  body?: string | undefined;
}

/**
 * A call that Microsoft Graph answered with an error status (4xx/5xx).
 *
 * Network failures and aborts are never `GraphError`s: they reject with the platform's own
 * `TypeError` / `AbortError`, so `err instanceof GraphError` means "the service said no".
 */
export class GraphError extends Error implements GraphErrorDetails {
  override name = 'GraphError' as const;
  readonly status: number;
  readonly code: string;
  declare readonly requestId?: string | undefined;
  declare readonly clientRequestId?: string | undefined;
  declare readonly date?: Date | undefined;
  declare readonly retryAfterSeconds?: number | undefined;
  declare readonly operationId?: string | undefined;
  declare readonly activityId?: string | undefined;
  declare readonly target?: string | undefined;
  declare readonly details?: GraphErrorDetails['details'];
  declare readonly contentType?: string | undefined;
  declare readonly body?: string | undefined;

  constructor(details: GraphErrorDetails) {
    super(`${details.status} ${details.code}: ${details.message}`);
    this.status = details.status;
    this.code = details.code;
    // Only the fields that are set become own properties, so logs and snapshots stay short.
    for (const key of [
      'requestId',
      'clientRequestId',
      'date',
      'retryAfterSeconds',
      'operationId',
      'activityId',
      'target',
      'details',
      'contentType',
      'body',
    ] as const) {
      if (details[key] !== undefined) Object.assign(this, { [key]: details[key] });
    }
  }

  /** True for statuses where waiting and trying again can succeed. */
  get isTransient(): boolean {
    return this.status === 429 || this.status === 503 || this.status === 504;
  }
}

/** Type guard that also works across duplicated copies of this package. */
export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError || (value instanceof Error && value.name === 'GraphError');
}
