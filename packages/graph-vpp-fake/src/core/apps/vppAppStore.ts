import type { VppTokenRecord } from '../store/vppToken.js';
import { newAppRecord, type LicenseCounts, type VppAppRecord, type VppAppSeed } from './vppApp.js';

/**
 * The iosVppApps in two views: Intune's (what Graph answers) and Apple's (what Apple would report
 * now). Intune's counts only change when a sync of the owning vppToken completes, which copies
 * Apple's counts over: until then they are stale, which is why syncLicenses exists.
 */
export class VppAppStore {
  private apps = new Map<string, VppAppRecord>();
  private apple = new Map<string, LicenseCounts>();

  constructor(
    private readonly seeds: readonly VppAppSeed[],
    private readonly now: () => number,
  ) {
    this.reset();
  }

  reset(): void {
    this.apps = new Map();
    this.apple = new Map();
    const created = new Date(this.now()).toISOString();
    for (const seed of this.seeds) {
      const app = newAppRecord(seed, created);
      this.apps.set(key(app.id), app);
      this.apple.set(key(app.id), countsOf(app));
    }
  }

  /** Intune's view, in seed order (copies). */
  list(): VppAppRecord[] {
    return [...this.apps.values()].map((app) => ({ ...app }));
  }

  get(id: string): VppAppRecord | undefined {
    const app = this.apps.get(key(id));
    return app && { ...app };
  }

  /** Sets what Apple reports for an app; Intune sees it after the owner's next completed sync. */
  setAppleCounts(appId: string, counts: Partial<LicenseCounts>): void {
    const current = this.apple.get(key(appId));
    if (!current) {
      throw new RangeError(
        `apple.setLicenseCounts: no iosVppApp with id '${appId}' (the fake has: ${[...this.apps.values()].map((a) => a.id).join(', ')})`,
      );
    }
    const next = { ...current, ...counts };
    for (const [name, value] of Object.entries(next)) {
      if (!Number.isInteger(value) || value < 0)
        throw new RangeError(
          `apple.setLicenseCounts: ${name} must be a whole number ≥ 0, got ${value}`,
        );
    }
    if (next.usedLicenseCount > next.totalLicenseCount) {
      throw new RangeError(
        `apple.setLicenseCounts: usedLicenseCount (${next.usedLicenseCount}) exceeds totalLicenseCount (${next.totalLicenseCount})`,
      );
    }
    this.apple.set(key(appId), next);
  }

  /** Apple's counts for an app, or undefined. */
  appleCounts(appId: string): LicenseCounts | undefined {
    const counts = this.apple.get(key(appId));
    return counts && { ...counts };
  }

  /** A completed sync of `vppToken`: its apps take Apple's counts. */
  syncCompleted(vppToken: VppTokenRecord, finishedAt: number): void {
    for (const app of this.apps.values()) {
      if (!ownedBy(app, vppToken)) continue;
      const counts = this.apple.get(key(app.id));
      if (!counts) continue;
      const changed =
        counts.totalLicenseCount !== app.totalLicenseCount ||
        counts.usedLicenseCount !== app.usedLicenseCount;
      Object.assign(app, counts);
      if (changed) app.lastModifiedDateTime = new Date(finishedAt).toISOString();
    }
  }
}

/** v1.0 ties an app to its token by Apple ID and organisation (there is no vppTokenId). */
function ownedBy(app: VppAppRecord, vppToken: VppTokenRecord): boolean {
  return (
    same(app.vppTokenAppleId, vppToken.appleId) &&
    same(app.vppTokenOrganizationName, vppToken.organizationName) &&
    app.vppTokenAccountType === vppToken.vppTokenAccountType
  );
}

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

function countsOf(app: VppAppRecord): LicenseCounts {
  return { totalLicenseCount: app.totalLicenseCount, usedLicenseCount: app.usedLicenseCount };
}

function key(id: string): string {
  return id.toLowerCase();
}
