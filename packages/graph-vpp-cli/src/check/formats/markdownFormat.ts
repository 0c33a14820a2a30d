import type { CheckReport } from '../checkReport.js';
import { visibleText } from './visibleText.js';

const icons = { ok: '✅ ok', warning: '⚠️ warning', critical: '❌ critical' } as const;

/** `--format markdown`: a heading, a summary line and a GitHub-flavoured table (for a CI job summary). */
export function formatMarkdown(report: CheckReport): string {
  const { total, ok, warning, critical } = report.summary;
  const lines = [
    '## Apple VPP tokens',
    '',
    `${total} tokens: ${critical} critical, ${warning} warning, ${ok} ok (checked ${report.checkedAt}).`,
    '',
    '| Level | Organisation | Apple ID | Expires | Reasons | Token id |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.vppTokens.map(
      (row) =>
        `| ${[
          icons[row.level],
          row.organizationName ?? '',
          row.appleId ?? '',
          row.expirationDateTime?.slice(0, 10) ?? '',
          row.reasons.join('; '),
          row.id ?? '',
        ]
          .map(cell)
          .join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** A cell that cannot end the row, start markup or inject HTML. */
function cell(value: string): string {
  return visibleText(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)
    .replace(/[*_`[\]~]/g, (c) => `\\${c}`);
}
