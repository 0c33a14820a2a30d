import { visibleText } from './visibleText.js';
import { checkLevels } from '../classifyVppToken.js';
import type { CheckReport, CheckRow } from '../checkReport.js';

/**
 * `--format prometheus`: the text exposition format, for node_exporter's textfile collector.
 * Timestamps in seconds (base units); a token never synced has no last-sync sample.
 */
export function formatPrometheus(report: CheckReport): string {
  const out: string[] = [];
  const family = (name: string, help: string, samples: [CheckRow, number | undefined][]) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [row, value] of samples)
      if (value !== undefined) out.push(`${name}{${labels(row)}} ${value}`);
  };
  family(
    'graph_vpp_token_expiry_timestamp_seconds',
    'When the Apple VPP token expires, as Unix time in seconds.',
    report.vppTokens.map((row) => [row, seconds(row.expirationDateTime)]),
  );
  family(
    'graph_vpp_token_last_sync_timestamp_seconds',
    'When Intune last synced the token with Apple, as Unix time in seconds (absent if never).',
    report.vppTokens.map((row) => [row, seconds(row.lastSyncDateTime)]),
  );
  family(
    'graph_vpp_token_level',
    'Health from graph-vpp check: 0 ok, 1 warning, 2 critical.',
    report.vppTokens.map((row) => [row, checkLevels.indexOf(row.level)]),
  );
  out.push(
    '# HELP graph_vpp_check_timestamp_seconds When graph-vpp check ran, as Unix time in seconds.',
    '# TYPE graph_vpp_check_timestamp_seconds gauge',
    `graph_vpp_check_timestamp_seconds ${Date.parse(report.checkedAt) / 1000}`,
  );
  return `${out.join('\n')}\n`;
}

function labels(row: CheckRow): string {
  return [
    ['id', row.id ?? ''],
    ['organization_name', row.organizationName ?? ''],
    ['apple_id', row.appleId ?? ''],
  ]
    .map(([name, value]) => `${name}="${labelValue(value ?? '')}"`)
    .join(',');
}

/**
 * The exposition format's label escapes (backslash, double quote, line feed), after other control
 * characters are shown as `\u001b` text: a label value may reach a terminal or a log.
 */
function labelValue(value: string): string {
  return visibleText(value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n'));
}

function seconds(iso: string | null): number | undefined {
  if (iso === null || iso.startsWith('0001-')) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}
