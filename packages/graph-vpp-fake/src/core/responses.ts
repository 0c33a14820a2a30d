/** What an operation decided, before the fake adds Graph's standard headers and checks the body. */
export interface Outcome {
  status: number;
  /** JSON body; undefined for no body (204). */
  body?: unknown;
  headers?: Record<string, string>;
  /** The body is in the docs' `{"value": …}` form (validated against the wrapped schema). */
  docsWrapped?: boolean;
  /**
   * A bodiless answer Intune really sends but the spec does not list (PATCH's 204, asked for
   * with `updateResponse: 'noContent'`): strict mode lets it through instead of refusing it.
   */
  undocumentedNoContent?: boolean;
}

export interface StandardHeaders {
  requestId: string;
  clientRequestId: string;
  /** Fake-clock time. */
  now: number;
}

/** A `Response` with the headers every Graph answer carries. */
export function toResponse(outcome: Outcome, standard: StandardHeaders): Response {
  const headers = new Headers(outcome.headers);
  headers.set('request-id', standard.requestId);
  headers.set('client-request-id', standard.clientRequestId);
  headers.set('date', new Date(standard.now).toUTCString());
  headers.set('cache-control', 'no-store');
  if (outcome.body === undefined) return new Response(null, { status: outcome.status, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(outcome.body), { status: outcome.status, headers });
}
