import type { CheckReport } from '../checkReport.js';

/** `--format json`: the report as is, exact JSON (control characters escaped by JSON itself). */
export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
