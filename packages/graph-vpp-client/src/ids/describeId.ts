/** Longest id shown whole in an error message; longer ones show their start and end. */
const maxShownLength = 64;

/**
 * An id as error messages show it: JSON-escaped (control characters and lone surrogates become
 * visible `\u…` escapes) and, past 64 characters, shortened to its start and end with its length.
 */
export function describeId(id: string): string {
  if (id.length <= maxShownLength) return JSON.stringify(id);
  const start = JSON.stringify(id.slice(0, 40)).slice(0, -1);
  const end = JSON.stringify(id.slice(-12)).slice(1);
  return `${start}…${end} (${id.length} characters)`;
}

/** True when the string has a UTF-16 surrogate without its pair (encodeURIComponent throws on it). */
export function hasLoneSurrogate(value: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
