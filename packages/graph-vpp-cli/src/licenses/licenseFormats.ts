import { visibleText } from '../check/formats/visibleText.js';
import { renderTable } from '../output/table.js';
import type { LicenseReport, LicenseRow } from './licenseReport.js';

/** The formats `graph-vpp licenses --format` takes. */
export type LicenseFormat = 'table' | 'json' | 'csv';

const csvColumns = [
  'vppTokenId',
  'organizationName',
  'appleId',
  'appId',
  'displayName',
  'bundleId',
  'total',
  'used',
  'available',
  'availablePercent',
  'below',
  'ambiguous',
] as const satisfies readonly (keyof LicenseRow)[];

const text = (value: string | number | boolean | null) => (value === null ? '' : String(value));

function formatTable(report: LicenseReport): string {
  if (report.rows.length === 0) return 'No iosVppApps found for these tokens.\n';
  const rows = report.rows.map((row) => [
    visibleText(text(row.organizationName)),
    visibleText(text(row.displayName)),
    String(row.total),
    String(row.used),
    String(row.available),
    row.availablePercent === null ? '-' : `${row.availablePercent}%`,
    [row.below ? 'BELOW THRESHOLD' : '', row.ambiguous ? 'owner ambiguous' : '']
      .filter(Boolean)
      .join(', '),
  ]);
  const table = renderTable(
    ['ORGANIZATION', 'APP', 'TOTAL', 'USED', 'AVAILABLE', 'AVAILABLE %', 'NOTE'],
    rows,
  );
  const threshold =
    report.failBelowPercent === null
      ? ''
      : `\n${report.summary.below} of ${report.summary.apps} apps have less than ${report.failBelowPercent}% of their licences available.\n`;
  return table + threshold;
}

/** RFC 4180, as `check --format csv`: header row, CRLF, quoted when needed, quotes doubled. */
function formatCsv(report: LicenseReport): string {
  const rows = report.rows.map((row) => csvColumns.map((column) => text(row[column])));
  return [[...csvColumns], ...rows].map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}

function csvField(value: string): string {
  const safe = visibleText(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const licenseFormatters: Record<LicenseFormat, (report: LicenseReport) => string> = {
  table: formatTable,
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  csv: formatCsv,
};
