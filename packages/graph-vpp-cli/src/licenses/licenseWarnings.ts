import type { IosVppApp } from 'graph-vpp-client';
import type { VppTokenHealth } from '../check/classifyVppToken.js';
import { buildLicenseReport } from './licenseReport.js';

/**
 * `check --licenses-below`: a token with an app below `percent` available becomes (at least) a
 * warning, with one reason per such app.
 */
export function addLicenseWarnings(
  health: readonly VppTokenHealth[],
  apps: readonly IosVppApp[],
  percent: number,
): VppTokenHealth[] {
  const report = buildLicenseReport(
    health.map((h) => h.vppToken),
    apps,
    percent,
  );
  return health.map((h) => {
    const reasons = report.rows
      .filter((row) => row.below && row.vppTokenId === (h.vppToken.id ?? null))
      .map(
        (row) =>
          `${row.displayName ?? row.appId ?? 'an app'}: ${row.available} of ${row.total} licences available (${row.availablePercent ?? 0}%), below ${percent}%`,
      );
    if (reasons.length === 0) return h;
    return {
      ...h,
      level: h.level === 'critical' ? 'critical' : 'warning',
      reasons: [...h.reasons, ...reasons],
    };
  });
}
