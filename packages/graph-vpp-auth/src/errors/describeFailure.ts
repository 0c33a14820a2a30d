/**
 * Turns whatever a credential threw into text that is safe to show and log: the AADSTS code and
 * Entra's explanation survive; bearer tokens, JWTs and `access_token=`-style secrets are redacted;
 * unknown objects are named by type, never dumped whole (they may hold tokens or request bodies).
 */

const maxTextLength = 600;
const maxCauseDepth = 3;

const jwtShape = /\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){1,4}/g;
const bearerShape = /\b(Bearer|Pop)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi;
const secretField =
  /\b(access_token|refresh_token|id_token|client_secret|client_assertion|assertion|password)(["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi;

/** Replaces anything shaped like a bearer token, a JWT or a secret form field. */
export function redactSecrets(text: string): string {
  return text
    .replace(jwtShape, '[redacted JWT]')
    .replace(bearerShape, '$1$2[redacted]')
    .replace(secretField, '$1$2[redacted]');
}

function clip(text: string): string {
  return text.length > maxTextLength ? `${text.slice(0, maxTextLength)}… (truncated)` : text;
}

/** The readable text of one thrown value, without its causes. */
function ownText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    const name = value.name && value.name !== 'Error' ? `${value.name}: ` : '';
    return `${name}${value.message}`;
  }
  if (value && typeof value === 'object') {
    // MSAL-style error objects carry their text in one of these; anything else stays opaque.
    for (const key of ['message', 'errorMessage', 'error_description', 'errorDescription']) {
      const text = (value as Record<string, unknown>)[key];
      if (typeof text === 'string' && text) return text;
    }
    return `a non-Error ${Object.prototype.toString.call(value).slice(8, -1)} value`;
  }
  if (value === undefined || value === null) return String(value);
  return `a non-Error ${typeof value} value`;
}

/** One safe line for a credential failure, its causes appended (a few levels deep). */
export function describeCredentialFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  const visited = new Set<unknown>();
  for (let depth = 0; depth <= maxCauseDepth && (depth === 0 || current !== undefined); depth++) {
    if (visited.has(current)) break;
    visited.add(current);
    parts.push(clip(redactSecrets(ownText(current))));
    current =
      current && typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return parts.join(' (cause: ') + ')'.repeat(Math.max(0, parts.length - 1));
}

/** A stand-in for the original error as `cause`: its name and redacted text, never its fields. */
export function safeCause(error: unknown): Error {
  const cause = new Error(describeCredentialFailure(error));
  if (error instanceof Error && error.name) cause.name = error.name;
  return cause;
}
