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
  /** Intune's support identifiers, when the message carried them: the operation id. */
  operationId?: string | undefined;
  /** Intune's support identifiers, when the message carried them: the activity id. */
  activityId?: string | undefined;
  /** `error.target`, when present. */
  target?: string | undefined;
  /** `error.details`, when present. */
  details?:
    | {
        /** The detail's error code. */
        code: string;
        /** The detail's message. */
        message: string;
        /** The detail's target, when present. */
        target?: string | undefined;
      }[]
    | undefined;
  /** For a non-JSON error body, its content type. */
  contentType?: string | undefined;
  /** For a non-JSON error body, its first 2 KB. */
  body?: string | undefined;
}

/**
 * A call that Microsoft Graph answered with an error status (4xx/5xx).
 *
 * Network failures and aborts are never `GraphError`s: they reject with the platform's own
 * `TypeError` / `AbortError`, so `err instanceof GraphError` means "the service said no".
 */
export class GraphError extends Error implements GraphErrorDetails {
  /** Always `'GraphError'`, also across duplicated copies of this package (see {@link isGraphError}). */
  override name = 'GraphError' as const;
  /** HTTP status, e.g. 403. */
  readonly status: number;
  /**
   * The readable text alone (for Intune errors, the inner `Message` without its support trailer);
   * `message` is the same text with the status and code in front (`403 Forbidden: …`).
   */
  readonly reason: string;
  /** Graph's `error.code`, e.g. `Forbidden`; for a non-JSON body, the HTTP status text. */
  readonly code: string;
  /** `request-id` from the body or the response header. */
  declare readonly requestId?: string | undefined;
  /** `client-request-id` from the body or the response header. */
  declare readonly clientRequestId?: string | undefined;
  /** `innerError.date` (Graph sends it without a zone; it is UTC). */
  declare readonly date?: Date | undefined;
  /** Seconds the service asked us to wait (`Retry-After`, fractional allowed). */
  declare readonly retryAfterSeconds?: number | undefined;
  /** Intune's operation id, when the message carried it. */
  declare readonly operationId?: string | undefined;
  /** Intune's activity id, when the message carried it. */
  declare readonly activityId?: string | undefined;
  /** `error.target`, when present. */
  declare readonly target?: string | undefined;
  /** `error.details`, when present. */
  declare readonly details?: GraphErrorDetails['details'];
  /** For a non-JSON error body, its content type. */
  declare readonly contentType?: string | undefined;
  /** For a non-JSON error body, its first 2 KB. */
  declare readonly body?: string | undefined;

  /** Builds the error from what Graph sent; the message is `<status> <code>: <message>`. */
  constructor(details: GraphErrorDetails) {
    super(`${details.status} ${details.code}: ${details.message}`);
    this.status = details.status;
    this.reason = details.message;
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
