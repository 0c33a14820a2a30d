import type { CheckReport } from '../checkReport.js';
import { formatCsv } from './csvFormat.js';
import { formatJson } from './jsonFormat.js';
import { formatMarkdown } from './markdownFormat.js';
import { formatPrometheus } from './prometheusFormat.js';
import { formatTable } from './tableFormat.js';

/** Every `--format` of `graph-vpp check`. */
export const checkFormatters: Record<CheckFormat, (report: CheckReport) => string> = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  prometheus: formatPrometheus,
  markdown: formatMarkdown,
};

/** A `--format` of `check`: table, json, csv, prometheus or markdown. */
export type CheckFormat = 'table' | 'json' | 'csv' | 'prometheus' | 'markdown';
