import { visibleSafeLine } from './terminalSafe.js';

/** Renders rows as a plain-text table with a header and aligned columns; control characters in cells are shown as escapes. */
export function renderTable(
  headers: readonly string[],
  unsafeRows: readonly (readonly string[])[],
): string {
  const rows = unsafeRows.map((row) => row.map(visibleSafeLine));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return (
    [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
  );
}
