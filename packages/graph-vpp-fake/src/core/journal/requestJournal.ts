/** One request the fake answered, for assertions ("syncLicenses was called once"). */
export interface JournalEntry {
  /** Fake-clock time the request arrived (ms since the epoch). */
  time: number;
  /** Upper-case HTTP method. */
  method: string;
  /** The full URL as requested. */
  url: string;
  /** The path as requested (still percent-encoded), e.g. `/v1.0/deviceAppManagement/vppTokens`. */
  path: string;
  /** Query options as sent, e.g. `{ $top: '2' }`. */
  query: Record<string, string>;
  /** A few headers worth asserting on (`client-request-id`, `retry-attempt`, …); never `authorization`. */
  headers: Record<string, string>;
  /** The parsed JSON body, the raw text when it is not JSON, or undefined without a body. */
  body: unknown;
  /** The HTTP status the fake answered with. */
  status: number;
  /** The spec operationId the request matched, or undefined for unknown paths. */
  operationId: string | undefined;
  /** The `request-id` the fake answered with. */
  requestId: string;
}

/** Request headers recorded in the journal. Authorization is deliberately absent. */
export const journaledHeaders = [
  'accept',
  'client-request-id',
  'content-type',
  'if-match',
  'prefer',
  'retry-attempt',
  'user-agent',
] as const;

export function pickHeaders(headers: Headers): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of journaledHeaders) {
    const value = headers.get(name);
    if (value !== null) picked[name] = value;
  }
  return picked;
}
