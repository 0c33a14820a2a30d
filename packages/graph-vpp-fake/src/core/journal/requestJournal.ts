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
  /**
   * The parsed JSON body, the raw text when it is not JSON, or undefined without a body. A body
   * over the journal's `maxBodyBytes` is kept as the start of its text, with `bodyTruncated`.
   */
  body: unknown;
  /** True when `body` holds only the start of the request body (or none of a refused 413 body). */
  bodyTruncated: boolean;
  /** Size of the request body in bytes (for a body past Graph's 4 MB limit: the bytes read before refusing). */
  bodyBytes: number;
  /** The HTTP status the fake answered with. */
  status: number;
  /** The spec operationId the request matched, or undefined for unknown paths. */
  operationId: string | undefined;
  /** The `request-id` the fake answered with. */
  requestId: string;
}

/** Bounds for the journal, so a long-running fake does not grow without limit. */
export interface JournalOptions {
  /** Entries kept; the oldest are dropped first. Default 1 000. */
  maxEntries?: number | undefined;
  /** Bytes of each request body kept; longer bodies are truncated and marked. Default 65 536. */
  maxBodyBytes?: number | undefined;
}

/** The requests a fake answered, oldest first, bounded in count and body size. */
export class RequestJournal {
  /** Live array (the fake's `requests`); trimmed in place. */
  readonly entries: JournalEntry[] = [];
  readonly maxEntries: number;
  readonly maxBodyBytes: number;

  constructor(options: JournalOptions = {}) {
    this.maxEntries = positive(options.maxEntries ?? 1_000, 'journal.maxEntries');
    this.maxBodyBytes = positive(options.maxBodyBytes ?? 65_536, 'journal.maxBodyBytes');
  }

  record(entry: JournalEntry): void {
    this.entries.push(entry);
    const excess = this.entries.length - this.maxEntries;
    if (excess > 0) this.entries.splice(0, excess);
  }

  clear(): void {
    this.entries.length = 0;
  }
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/** What the journal keeps of a body: parsed JSON when whole, else (the start of) its text. */
export function journalBody(
  read: { text: string; bytes: number; tooLarge: boolean },
  maxBodyBytes: number,
): Pick<JournalEntry, 'body' | 'bodyTruncated' | 'bodyBytes'> {
  if (read.tooLarge) return { body: undefined, bodyTruncated: true, bodyBytes: read.bytes };
  if (read.bytes > maxBodyBytes) {
    // Cut on bytes, then drop a possibly split last character.
    const start = new TextDecoder().decode(
      new TextEncoder().encode(read.text).subarray(0, maxBodyBytes),
    );
    return { body: start.replace(/\uFFFD$/u, ''), bodyTruncated: true, bodyBytes: read.bytes };
  }
  return { body: parsedOrText(read.text), bodyTruncated: false, bodyBytes: read.bytes };
}

function parsedOrText(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
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
