// Graph's messages and non-JSON bodies are text we do not control: a proxy may echo a request,
// an Intune message may quote an Apple token. Anything shaped like a credential is cut out before
// the text reaches a person.
const jwt = /\beyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const bearer = /\b(Bearer)\s+[^\s"',;]+/gi;
// Base64 runs this long are no word, id or permission name (GUIDs have hyphens; names have dots).
const longBase64 = /[A-Za-z0-9+/_=]{40,}/g;

/** The text with access tokens, Apple tokens and other long secrets replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
  return text
    .replace(jwt, '[redacted]')
    .replace(bearer, '$1 [redacted]')
    .replace(longBase64, '[redacted]');
}
