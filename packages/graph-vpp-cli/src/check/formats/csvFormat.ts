import type { CheckReport } from '../checkReport.js';
import { visibleText } from './visibleText.js';

const columns = [
  'level',
  'id',
  'organizationName',
  'appleId',
  'vppTokenAccountType',
  'state',
  'lastSyncStatus',
  'lastSyncDateTime',
  'expirationDateTime',
  'daysUntilExpiry',
  'reasons',
] as const;

/**
 * `--format csv`: RFC 4180 — a header row, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled. Reasons are joined with "; ".
 */
export function formatCsv(report: CheckReport): string {
  const rows = report.vppTokens.map((row) =>
    columns.map((column) => {
      const value = row[column];
      return Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
    }),
  );
  return [[...columns], ...rows].map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}

function csvField(value: string): string {
  const safe = visibleText(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
