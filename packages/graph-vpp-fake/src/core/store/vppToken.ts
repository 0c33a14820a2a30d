/** A vppToken as it travels on the wire (the spec's `vppToken` schema, dates as ISO strings). */
export interface VppTokenRecord {
  /** The token's id (a GUID). */
  id: string;
  /** The organization the Apple VPP token belongs to. */
  organizationName: string | null;
  /** `business` or `education`. */
  vppTokenAccountType: string;
  /** The Apple ID the token is associated with. */
  appleId: string | null;
  /** When the Apple VPP token expires (ISO date-time). */
  expirationDateTime: string;
  /** When the last sync with Apple happened (ISO date-time; `0001-01-01T00:00:00Z` if never). */
  lastSyncDateTime: string;
  /** The Apple VPP token string. */
  token: string | null;
  /** When the token was last changed (ISO date-time). */
  lastModifiedDateTime: string;
  /** `unknown`, `valid`, `expired`, `invalid` or `assignedToExternalMDM`. */
  state: string;
  /** `none`, `inProgress`, `completed` or `failed`. */
  lastSyncStatus: string;
  /** Whether apps for this token are updated automatically. */
  automaticallyUpdateApps: boolean;
  /** The token's country or region (ISO 3166-1 alpha-2). */
  countryOrRegion: string | null;
  /** Anything else a test seeds on purpose (e.g. to prove strict mode catches drift). */
  [property: string]: unknown;
}

/** Seed input: any subset of a token; the rest is filled with `neverSyncedDefaults`. */
export type VppTokenSeed = Partial<VppTokenRecord>;

/** Intune's "never happened" date. */
export const neverDateTime = '0001-01-01T00:00:00Z';

/** Values a new token gets for the properties a create body leaves out (modelled). */
export function newTokenDefaults(
  id: string,
  nowIso: string,
  oneYearLaterIso: string,
): VppTokenRecord {
  return {
    id,
    organizationName: null,
    vppTokenAccountType: 'business',
    appleId: null,
    expirationDateTime: oneYearLaterIso,
    lastSyncDateTime: neverDateTime,
    token: null,
    lastModifiedDateTime: nowIso,
    state: 'valid',
    lastSyncStatus: 'none',
    automaticallyUpdateApps: false,
    countryOrRegion: null,
  };
}
