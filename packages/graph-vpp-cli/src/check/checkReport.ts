import { tokenJson } from '../output/tokenReport.js';
import {
  checkLevels,
  reaches,
  type CheckLevel,
  type CheckThresholds,
  type VppTokenHealth,
} from './classifyVppToken.js';

/** One row of the report: the vppToken as the CLI prints it (never its Apple token string), plus its health. */
export type CheckRow = ReturnType<typeof tokenJson> & {
  daysUntilExpiry: number | null;
  level: CheckLevel;
  reasons: string[];
};

/** What `graph-vpp check` reports, in every format; `--format json` prints exactly this. */
export interface CheckReport {
  /** When the check classified (ISO), the clock it classified against. */
  checkedAt: string;
  thresholds: CheckThresholds;
  failOn: CheckLevel | 'never';
  vppTokens: CheckRow[];
  summary: {
    total: number;
    ok: number;
    warning: number;
    critical: number;
    /** The most urgent level of any token (`ok` with no tokens). */
    worst: CheckLevel;
    /** Whether the exit code is 1 (some token reached `failOn`). */
    failed: boolean;
  };
}

const dayMs = 24 * 60 * 60 * 1000;

export function buildCheckReport(
  health: readonly VppTokenHealth[],
  now: number,
  thresholds: CheckThresholds,
  failOn: CheckLevel | 'never',
): CheckReport {
  const vppTokens = health.map(({ vppToken, level, reasons }): CheckRow => {
    const expiry = vppToken.expirationDateTime?.getTime();
    return {
      ...tokenJson(vppToken),
      daysUntilExpiry:
        expiry === undefined || Number.isNaN(expiry) ? null : Math.trunc((expiry - now) / dayMs),
      level,
      reasons,
    };
  });
  const count = (level: CheckLevel) => vppTokens.filter((row) => row.level === level).length;
  const worst = [...checkLevels].reverse().find((level) => count(level) > 0) ?? 'ok';
  return {
    checkedAt: new Date(now).toISOString(),
    thresholds,
    failOn,
    vppTokens,
    summary: {
      total: vppTokens.length,
      ok: count('ok'),
      warning: count('warning'),
      critical: count('critical'),
      worst,
      failed: failOn !== 'never' && reaches(worst, failOn),
    },
  };
}
