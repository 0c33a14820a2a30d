import {
  checkLevels,
  defaultThresholds,
  type CheckLevel,
  type CheckThresholds,
} from '../check/classifyVppToken.js';
import { checkFormatters, type CheckFormat } from '../check/formats/index.js';
import { UsageError } from '../exitCodes.js';
import { percent } from './parseLicensesArgs.js';

/** The `parseArgs` options only `check` and `renew` take (spread into the CLI's option table). */
export const checkAndRenewOptions = {
  'critical-days': { type: 'string' },
  'warn-days': { type: 'string' },
  'stale-hours': { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  sync: { type: 'boolean' },
  file: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** What `check` was asked for. */
export interface CheckSettings {
  /** `--critical-days`, `--warn-days`, `--stale-hours`. */
  thresholds: CheckThresholds;
  /** Exit 1 when any token reaches this level (`never`: always 0 unless something else failed). */
  failOn: CheckLevel | 'never';
  /** `--format` (default table, also off a terminal; `--json` = json). */
  format: CheckFormat;
  /** `--output <file>`: written atomically instead of stdout. */
  output: string | undefined;
  /** `--sync`: sync every valid token (and wait) before classifying. */
  sync: boolean;
  /** `--licenses-below <percent>`: also read the apps; a token with an app below this share available is a warning. */
  licensesBelowPercent: number | undefined;
}

/** What `renew <id> --file <sToken file>` was asked for. */
export interface RenewSettings {
  /** The vppToken to renew. */
  id: string;
  /** `--file`: the `.vpptoken` file from Apple Business or School Manager. */
  file: string;
  /** Upload even when the file names another organisation than the vppToken's. */
  force: boolean;
}

type Values = Record<string, string | boolean | undefined>;
const checkOnly = [
  'critical-days',
  'warn-days',
  'stale-hours',
  'fail-on',
  'format',
  'output',
  'sync',
];
const renewOnly = ['file', 'force'];

/** Throws when a flag of `check`/`renew` is given to another command. */
export function rejectCheckAndRenewFlags(command: string, values: Values): void {
  for (const name of [
    ...(command === 'check' ? [] : checkOnly),
    ...(command === 'renew' ? [] : renewOnly),
  ])
    if (values[name] !== undefined)
      throw new UsageError(
        `--${name} belongs to "${checkOnly.includes(name) ? 'check' : 'renew'}".`,
      );
}

export function parseCheckSettings(positionals: readonly string[], values: Values): CheckSettings {
  if (positionals.length > 0)
    throw new UsageError(
      `"check" takes no arguments (got "${positionals.join(' ')}"); it checks every token.`,
    );
  const thresholds: CheckThresholds = {
    criticalDays: nonNegative(values, 'critical-days', defaultThresholds.criticalDays),
    warnDays: nonNegative(values, 'warn-days', defaultThresholds.warnDays),
    staleHours: nonNegative(values, 'stale-hours', defaultThresholds.staleHours),
  };
  if (thresholds.warnDays < thresholds.criticalDays)
    throw new UsageError(
      `--warn-days ${thresholds.warnDays} is below --critical-days ${thresholds.criticalDays}; the warning window must be at least as long.`,
    );
  const failOn = (values['fail-on'] as string | undefined) ?? 'warning';
  if (failOn !== 'never' && !(checkLevels as readonly string[]).includes(failOn))
    throw new UsageError(
      `Unknown --fail-on "${failOn}". Use warning (default), critical or never.`,
    );
  if (failOn === 'ok')
    throw new UsageError('--fail-on ok would always fail; use warning, critical or never.');
  const format = (values.format as string | undefined) ?? (values.json ? 'json' : 'table');
  if (!(format in checkFormatters))
    throw new UsageError(
      `Unknown --format "${format}". Use one of: ${Object.keys(checkFormatters).join(', ')}.`,
    );
  if (values.json && format !== 'json')
    throw new UsageError(`--json and --format ${format} disagree; give one of them.`);
  const output = values.output as string | undefined;
  if (output === '') throw new UsageError('--output needs a file name.');
  return {
    thresholds,
    failOn: failOn as CheckLevel | 'never',
    format: format as CheckFormat,
    output,
    sync: Boolean(values.sync),
    licensesBelowPercent: percent(values, 'licenses-below'),
  };
}

export function parseRenewSettings(positionals: readonly string[], values: Values): RenewSettings {
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0)
    throw new UsageError(
      '"renew" takes exactly one token id: graph-vpp renew <id> --file <sToken file>.',
    );
  const file = values.file as string | undefined;
  if (!file)
    throw new UsageError(
      '"renew" needs --file <sToken file>: the .vpptoken downloaded from Apple Business or School Manager.',
    );
  return { id, file, force: Boolean(values.force) };
}

function nonNegative(values: Values, name: string, fallback: number): number {
  const raw = values[name] as string | undefined;
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0)
    throw new UsageError(
      `--${name} "${raw}" must be a number of ${name.endsWith('hours') ? 'hours' : 'days'}, 0 or more.`,
    );
  return value;
}
