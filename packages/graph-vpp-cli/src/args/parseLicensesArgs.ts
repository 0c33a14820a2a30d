import { assertValidVppTokenId } from 'graph-vpp-client';
import { UsageError } from '../exitCodes.js';
import { licenseFormatters, type LicenseFormat } from '../licenses/licenseFormats.js';

/** The `parseArgs` options only `licenses` (and, for `--licenses-below`, `check`) take. */
export const licensesOptions = {
  token: { type: 'string' },
  'fail-below': { type: 'string' },
  'licenses-below': { type: 'string' },
} as const;

/** What `licenses` was asked for. */
export interface LicensesSettings {
  /** `--token <id>`: only this vppToken's apps. */
  vppTokenId: string | undefined;
  /** `--sync`: sync (the token, or every valid token) and wait before reading the counts. */
  sync: boolean;
  /** `--format` (default table; `--json` = json). */
  format: LicenseFormat;
  /** `--fail-below <percent>`: exit 1 when an app has less than this share of its licences available. */
  failBelowPercent: number | undefined;
}

type Values = Record<string, string | boolean | undefined>;

/** Throws when a flag of `licenses` is given to another command (`--licenses-below` is check's). */
export function rejectLicensesFlags(command: string, values: Values): void {
  if (command !== 'licenses') {
    for (const name of ['token', 'fail-below'])
      if (values[name] !== undefined) throw new UsageError(`--${name} belongs to "licenses".`);
  }
  if (command !== 'check' && values['licenses-below'] !== undefined)
    throw new UsageError(
      command === 'licenses'
        ? '--licenses-below belongs to "check"; "licenses" takes --fail-below <percent>.'
        : '--licenses-below belongs to "check".',
    );
}

export function parseLicensesSettings(
  positionals: readonly string[],
  values: Values,
): LicensesSettings {
  if (positionals.length > 0)
    throw new UsageError(
      `"licenses" takes no arguments (got "${positionals.join(' ')}"); use --token <id> for one token.`,
    );
  for (const name of ['critical-days', 'warn-days', 'stale-hours', 'fail-on', 'output'])
    if (values[name] !== undefined) throw new UsageError(`--${name} belongs to "check".`);
  const format = (values.format as string | undefined) ?? (values.json ? 'json' : 'table');
  if (!(format in licenseFormatters))
    throw new UsageError(
      `Unknown --format "${format}" for "licenses". Use one of: ${Object.keys(licenseFormatters).join(', ')}.`,
    );
  if (values.json && format !== 'json')
    throw new UsageError(`--json and --format ${format} disagree; give one of them.`);
  const vppTokenId = values.token as string | undefined;
  if (vppTokenId !== undefined) {
    try {
      assertValidVppTokenId(vppTokenId);
    } catch (error) {
      throw new UsageError(`--token: ${(error as Error).message}`);
    }
  }
  return {
    vppTokenId,
    sync: Boolean(values.sync),
    format: format as LicenseFormat,
    failBelowPercent: percent(values, 'fail-below'),
  };
}

/** `--fail-below` / `--licenses-below`: a percentage from 0 to 100, or undefined when absent. */
export function percent(values: Values, name: string): number | undefined {
  const raw = values[name] as string | undefined;
  if (raw === undefined) return undefined;
  const value = Number(raw.trim().replace(/%$/, ''));
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100)
    throw new UsageError(
      `--${name} "${raw}" must be a percentage from 0 to 100 (the share of licences still available).`,
    );
  return value;
}
