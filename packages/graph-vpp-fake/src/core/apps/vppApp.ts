/** An iosVppApp as it travels on the wire (the spec's `iosVppApp` schema). */
export interface VppAppRecord {
  /** Always `#microsoft.graph.iosVppApp`: what tells this mobileApp subtype apart. */
  '@odata.type': '#microsoft.graph.iosVppApp';
  /** The mobileApp's id (a GUID). */
  id: string;
  /** The app's title, e.g. `Microsoft Outlook`. */
  displayName: string | null;
  /** The app's publisher. */
  publisher: string | null;
  /** The app's bundle identifier, e.g. `com.microsoft.Office.Outlook`. */
  bundleId: string | null;
  /** Licences bought, as Intune last heard from Apple. */
  totalLicenseCount: number;
  /** Licences assigned, as Intune last heard from Apple. */
  usedLicenseCount: number;
  /** The owning vppToken's `appleId` (v1.0 has no `vppTokenId`). */
  vppTokenAppleId: string | null;
  /** The owning vppToken's `organizationName`. */
  vppTokenOrganizationName: string | null;
  /** The owning vppToken's `vppTokenAccountType`. */
  vppTokenAccountType: string;
  [property: string]: unknown;
}

/** What a test seeds: the owner and the counts are required, the rest gets defaults. */
export type VppAppSeed = Partial<VppAppRecord> &
  Pick<
    VppAppRecord,
    'id' | 'totalLicenseCount' | 'usedLicenseCount' | 'vppTokenAppleId' | 'vppTokenOrganizationName'
  >;

/** Licence counts as Apple reports them for one app. */
export interface LicenseCounts {
  /** Licences bought. */
  totalLicenseCount: number;
  /** Licences assigned to users or devices. */
  usedLicenseCount: number;
}

export function newAppRecord(seed: VppAppSeed, now: string): VppAppRecord {
  return {
    '@odata.type': '#microsoft.graph.iosVppApp',
    displayName: null,
    description: null,
    publisher: null,
    createdDateTime: now,
    lastModifiedDateTime: now,
    isFeatured: false,
    publishingState: 'published',
    releaseDateTime: now,
    appStoreUrl: null,
    licensingType: { supportsUserLicensing: true, supportsDeviceLicensing: true },
    applicableDeviceType: { iPad: true, iPhoneAndIPod: true },
    bundleId: null,
    vppTokenAccountType: 'business',
    ...seed,
  };
}
