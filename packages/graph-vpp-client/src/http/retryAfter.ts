/**
 * Parses `Retry-After` into milliseconds: delta-seconds (Graph sends fractions such as `2.128`)
 * or an HTTP date. Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // An HTTP date names its day and month ("Sat, 28 Nov 2026 …"); Date.parse alone takes "-1" as a year.
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
