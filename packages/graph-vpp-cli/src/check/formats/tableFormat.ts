import { renderTable } from '../../output/table.js';
import type { CheckReport } from '../checkReport.js';
import { visibleText } from './visibleText.js';

/** `--format table`: one line per vppToken, most urgent first in the summary line. */
export function formatTable(report: CheckReport): string {
  const table = renderTable(
    ['LEVEL', 'TOKEN', 'ORGANISATION', 'EXPIRES (UTC)', 'LAST SYNC (UTC)', 'REASONS'],
    report.vppTokens.map((row) =>
      [
        row.level.toUpperCase(),
        row.id ?? '?',
        row.organizationName ?? '',
        day(row.expirationDateTime),
        day(row.lastSyncDateTime, true),
        row.reasons.join('; '),
      ].map(visibleText),
    ),
  );
  const { total, ok, warning, critical } = report.summary;
  return `${table}\n${total} tokens: ${critical} critical, ${warning} warning, ${ok} ok.\n`;
}

function day(iso: string | null, withTime = false): string {
  if (iso === null || iso.startsWith('0001-')) return withTime ? 'never' : '';
  return withTime ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z') : iso.slice(0, 10);
}
