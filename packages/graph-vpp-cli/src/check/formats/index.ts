import type { CheckReport } from '../checkReport.js';
import { formatCsv } from './csvFormat.js';
import { formatJson } from './jsonFormat.js';
import { formatMarkdown } from './markdownFormat.js';
import { formatPrometheus } from './prometheusFormat.js';
import { formatTable } from './tableFormat.js';

/** Every `--format` of `graph-vpp check`. */
export const checkFormatters = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  prometheus: formatPrometheus,
  markdown: formatMarkdown,
} as const satisfies Record<string, (report: CheckReport) => string>;

export type CheckFormat = keyof typeof checkFormatters;
