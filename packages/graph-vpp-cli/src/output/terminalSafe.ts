/* eslint-disable no-control-regex -- matching control characters is what this file is for */
import type { Output } from '../commands/context.js';

// C0 controls but \t, \n and \r\n (CSV's record end), DEL, C1 controls, bidi embeddings/overrides/isolates and the
// Unicode line separators: each could move the cursor, recolour, retitle or reorder a terminal.
const unsafeInText =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// In a table cell a tab or newline would break the row, so they are shown too.
const unsafeInCell =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text with every control character shown as a `\uXXXX` escape. The same escape is how JSON
 * writes that character, so applied to `JSON.stringify` output it leaves exactly the same JSON.
 */
export function visibleSafe(text: string): string {
  return text.replace(unsafeInText, escape);
}

/** One table cell or one-line message: also shows tabs and line breaks. */
export function visibleSafeLine(text: string): string {
  return text.replace(unsafeInCell, escape);
}

/** An output that makes everything written to it visible-safe before it reaches a terminal or log. */
export function visibleSafeOutput(output: Output): Output {
  return { write: (text: string) => output.write(visibleSafe(text)) };
}
