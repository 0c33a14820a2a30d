/**
 * Service data is not trusted to be printable: a control character in an organisation name could
 * move the cursor, clear a terminal or break a CSV/markdown row. These show it instead, as `\u001b`.
 */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function visibleText(value: string): string {
  return value.replace(
    controlCharacters,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
