import type { VppTokenSeed } from './vppToken.js';

const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

/**
 * The demo seed a fake starts with when no `tokens` option is given, dated relative to `startMs`
 * (the fake's start time) so that `graph-vpp --fake check` shows every level on any day: three
 * healthy tokens, one never synced that also expires within the 30-day warning window, one
 * `expired` and one `invalid`. Ids, organisations and everything but the dates never change.
 */
export function demoVppTokens(startMs: number): VppTokenSeed[] {
  // Whole seconds, as Intune reports them.
  const start = Math.floor(startMs / 1000) * 1000;
  const at = (offsetMs: number, zone: 'Z' | '+09:00' = 'Z') => isoAt(start + offsetMs, zone);
  return [
    {
      id: '6f1f6c43-2b4d-4a8e-9a6b-0c4f2b1d7e01',
      organizationName: 'Contoso Ltd',
      vppTokenAccountType: 'business',
      appleId: 'vpp-admin@contoso.com',
      expirationDateTime: at(120 * dayMs),
      lastSyncDateTime: at(-4 * hourMs),
      token: 'fake-vpp-token-contoso-business',
      lastModifiedDateTime: at(-245 * dayMs),
      state: 'valid',
      lastSyncStatus: 'completed',
      automaticallyUpdateApps: true,
      countryOrRegion: 'us',
    },
    {
      id: '0d5e3f7a-8c21-4b9e-b3a4-5e6f7a8b9c02',
      organizationName: 'Contoso School District',
      vppTokenAccountType: 'education',
      appleId: 'apple-school@contoso.edu',
      expirationDateTime: at(256 * dayMs),
      lastSyncDateTime: at(-13 * hourMs),
      token: 'fake-vpp-token-contoso-education',
      lastModifiedDateTime: at(-109 * dayMs),
      state: 'valid',
      lastSyncStatus: 'completed',
      automaticallyUpdateApps: false,
      countryOrRegion: 'us',
    },
    {
      id: 'a3c9e1b2-4d5f-4e6a-8b7c-9d0e1f2a3b03',
      organizationName: 'Fabrikam GmbH',
      vppTokenAccountType: 'business',
      appleId: 'mdm@fabrikam.de',
      expirationDateTime: at(21 * dayMs),
      lastSyncDateTime: '0001-01-01T00:00:00Z',
      token: 'fake-vpp-token-fabrikam',
      lastModifiedDateTime: at(-344 * dayMs),
      state: 'valid',
      lastSyncStatus: 'none',
      automaticallyUpdateApps: true,
      countryOrRegion: 'de',
    },
    {
      id: 'b4d0f2c3-5e6a-4f7b-9c8d-0e1f2a3b4c04',
      organizationName: 'Northwind Traders',
      vppTokenAccountType: 'business',
      appleId: 'it@northwindtraders.co.uk',
      expirationDateTime: at(-150 * dayMs),
      lastSyncDateTime: at(-150 * dayMs - 6 * hourMs),
      token: 'fake-vpp-token-northwind',
      lastModifiedDateTime: at(-515 * dayMs),
      state: 'expired',
      lastSyncStatus: 'failed',
      automaticallyUpdateApps: false,
      countryOrRegion: 'gb',
    },
    {
      id: 'c5e1a3d4-6f7b-4a8c-8d9e-1f2a3b4c5d05',
      organizationName: 'Lycée Tailspin',
      vppTokenAccountType: 'education',
      appleId: 'gestion@tailspin.fr',
      expirationDateTime: at(61 * dayMs),
      lastSyncDateTime: at(-60 * dayMs),
      token: 'fake-vpp-token-tailspin',
      lastModifiedDateTime: at(-304 * dayMs),
      state: 'invalid',
      lastSyncStatus: 'failed',
      automaticallyUpdateApps: false,
      countryOrRegion: 'fr',
    },
    {
      id: 'd6f2b4e5-7a8c-4b9d-9e0f-2a3b4c5d6e06',
      organizationName: 'Woodgrove Bank Japan',
      vppTokenAccountType: 'business',
      appleId: null,
      // Intune has been seen answering with an offset instead of Z; one token keeps that form.
      expirationDateTime: at(168 * dayMs, '+09:00'),
      lastSyncDateTime: at(-8 * hourMs, '+09:00'),
      token: 'fake-vpp-token-woodgrove',
      lastModifiedDateTime: at(-197 * dayMs, '+09:00'),
      state: 'valid',
      lastSyncStatus: 'completed',
      automaticallyUpdateApps: true,
      countryOrRegion: 'jp',
    },
  ];
}

/**
 * The demo seed dated from when this module loaded; a fake dates its own copy from its start time
 * (`demoVppTokens(startTime)`), so use this for the ids, names and count, not for exact dates.
 */
export const defaultVppTokens: readonly VppTokenSeed[] = Object.freeze(demoVppTokens(Date.now()));

/** `ms` as an ISO date-time to the second, in UTC (`Z`) or at a fixed `+09:00` offset. */
function isoAt(ms: number, zone: 'Z' | '+09:00'): string {
  if (zone === 'Z') return new Date(ms).toISOString().replace('.000Z', 'Z');
  const local = new Date(ms + 9 * hourMs).toISOString().slice(0, 19);
  return `${local}+09:00`;
}
