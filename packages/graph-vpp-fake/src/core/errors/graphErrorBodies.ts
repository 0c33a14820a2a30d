/** Identifiers every error body carries in `innerError`. */
export interface ErrorContext {
  requestId: string;
  clientRequestId: string;
  /** Fake-clock time of the response. */
  now: number;
}

/** Graph's `innerError.date`: UTC without a zone or fractions, e.g. `2025-01-22T19:17:04`. */
export function graphErrorDate(now: number): string {
  return new Date(now).toISOString().slice(0, 19);
}

/** Graph's error envelope with a plain-text message (gateway errors: 401, 400 routing, query). */
export function graphErrorBody(code: string, message: string, context: ErrorContext) {
  return {
    error: {
      code,
      message,
      innerError: {
        date: graphErrorDate(context.now),
        'request-id': context.requestId,
        'client-request-id': context.clientRequestId,
      },
    },
  };
}

/**
 * Intune puts a JSON document inside `error.message`, with the readable text followed by support
 * identifiers and the internal service URL, lines separated by `\r\n`.
 */
export function intuneMessage(
  readable: string,
  details: { operationId: string; activityId: string; url: string },
): string {
  const document = {
    _version: 3,
    Message: `${readable} - Operation ID (for customer support): ${details.operationId} - Activity ID: ${details.activityId} - Url: ${details.url}`,
    CustomApiErrorPhrase: '',
    RetryAfter: null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  };
  return JSON.stringify(document, null, 2).replace(/\n/g, '\r\n');
}

/** Graph's throttling body (concepts/throttling), verbatim apart from ids and date. */
export function throttledBody(context: ErrorContext) {
  return {
    error: {
      code: 'TooManyRequests',
      innerError: {
        code: '429',
        date: graphErrorDate(context.now),
        message: 'Please retry after',
        'request-id': context.requestId,
        status: '429',
      },
      message: 'Please retry again later.',
    },
  };
}

/** The `code` Graph uses for a status when the fake has nothing more specific. */
export function defaultErrorCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'BadRequest',
    401: 'InvalidAuthenticationToken',
    403: 'Forbidden',
    404: 'ResourceNotFound',
    405: 'MethodNotAllowed',
    409: 'Conflict',
    412: 'PreconditionFailed',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeout',
  };
  return codes[status] ?? (status >= 500 ? 'UnknownError' : 'BadRequest');
}
