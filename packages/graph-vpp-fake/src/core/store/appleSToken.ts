/** What Intune reads from an uploaded Apple sToken when the next sync completes. */
export interface DecodedSToken {
  /** `expDate`, as epoch milliseconds. */
  expiresAt: number;
  /** `orgName`, trimmed. */
  organizationName: string;
}

/**
 * Decodes an sToken (base64 of JSON `{ token, expDate, orgName }`, `expDate` like
 * `2027-08-15T18:13:52-0700`), or undefined when it is not one. No `Buffer`: this runs in browsers.
 */
export function decodeSToken(text: string): DecodedSToken | undefined {
  let fields: unknown;
  try {
    const binary = atob(text.trim());
    fields = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return undefined;
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined;
  const { token, expDate, orgName } = fields as Record<string, unknown>;
  if (typeof token !== 'string' || token.trim() === '') return undefined;
  if (typeof orgName !== 'string' || orgName.trim() === '') return undefined;
  if (typeof expDate !== 'string') return undefined;
  const expiresAt = parseAppleDate(expDate);
  return expiresAt === undefined ? undefined : { expiresAt, organizationName: orgName.trim() };
}

/** Apple's offset has no colon (`-0700`), which `Date.parse` does not promise to read. */
function parseAppleDate(text: string): number | undefined {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)(Z|[+-]\d\d:?\d\d)$/.exec(text.trim());
  if (!match) return undefined;
  const [, local = '', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const ms = Date.parse(`${local}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}
