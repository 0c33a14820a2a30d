import { vppTokenOwnsApp, type IosVppApp, type VppToken } from 'graph-vpp-client';

/** One app of one vppToken: its licence use as Intune last synced it. */
export interface LicenseRow {
  vppTokenId: string | null;
  organizationName: string | null;
  appleId: string | null;
  appId: string | null;
  displayName: string | null;
  bundleId: string | null;
  total: number;
  used: number;
  available: number;
  /** `available / total` in percent (one decimal); null when the app has no licences at all. */
  availablePercent: number | null;
  /** Whether `availablePercent` is below the threshold (an app with no licences is). */
  below: boolean;
  /** Other tokens with the same Apple ID and organisation also claim this app (v1.0 cannot tell them apart). */
  ambiguous: boolean;
}

/** What `graph-vpp licenses` reports; `--format json` prints exactly this. */
export interface LicenseReport {
  /** `--fail-below`, in percent of licences available, or null when not given. */
  failBelowPercent: number | null;
  rows: LicenseRow[];
  summary: { vppTokens: number; apps: number; below: number; failed: boolean };
}

/**
 * Pairs apps with tokens by Apple ID and organisation (`vppTokenOwnsApp`): an app claimed by two
 * tokens appears under both, marked `ambiguous`. Apps no token claims are left out (they belong to
 * tokens not listed, e.g. with `--token`).
 */
export function buildLicenseReport(
  vppTokens: readonly VppToken[],
  apps: readonly IosVppApp[],
  failBelowPercent: number | undefined,
): LicenseReport {
  const rows: LicenseRow[] = [];
  for (const vppToken of vppTokens) {
    for (const app of apps) {
      if (!vppTokenOwnsApp(vppToken, app)) continue;
      const claimants = vppTokens.filter((other) => vppTokenOwnsApp(other, app)).length;
      rows.push(licenseRow(vppToken, app, failBelowPercent, claimants > 1));
    }
  }
  const below = rows.filter((row) => row.below).length;
  return {
    failBelowPercent: failBelowPercent ?? null,
    rows,
    summary: {
      vppTokens: vppTokens.length,
      apps: rows.length,
      below,
      failed: failBelowPercent !== undefined && below > 0,
    },
  };
}

function licenseRow(
  vppToken: VppToken,
  app: IosVppApp,
  failBelowPercent: number | undefined,
  ambiguous: boolean,
): LicenseRow {
  const total = app.totalLicenseCount ?? 0;
  const used = app.usedLicenseCount ?? 0;
  const available = Math.max(0, total - used);
  const availablePercent = total > 0 ? Math.round((available / total) * 1000) / 10 : null;
  return {
    vppTokenId: vppToken.id ?? null,
    organizationName: vppToken.organizationName ?? null,
    appleId: vppToken.appleId ?? null,
    appId: app.id ?? null,
    displayName: app.displayName ?? null,
    bundleId: app.bundleId ?? null,
    total,
    used,
    available,
    availablePercent,
    below:
      failBelowPercent !== undefined &&
      (availablePercent === null || availablePercent < failBelowPercent),
    ambiguous,
  };
}
