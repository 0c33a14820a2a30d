/** A vppToken as it travels on the wire (the spec's `vppToken` schema, dates as ISO strings). */
export interface VppTokenRecord {
  id: string;
  organizationName: string | null;
  vppTokenAccountType: string;
  appleId: string | null;
  expirationDateTime: string;
  lastSyncDateTime: string;
  token: string | null;
  lastModifiedDateTime: string;
  state: string;
  lastSyncStatus: string;
  automaticallyUpdateApps: boolean;
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
