import { enumValue, type VppToken } from 'graph-vpp-client';
import { renderTable } from './table.js';

/** What happened to one token in a command. */
export type Outcome =
  'completed' | 'failed' | 'accepted' | 'needs-renewal' | 'skipped' | 'error' | 'listed';

export interface TokenRow {
  token: VppToken;
  outcome: Outcome;
  note?: string | undefined;
}

/** A token as the CLI prints it in JSON: no Apple VPP token string, dates as ISO text. */
export function tokenJson(token: VppToken) {
  return {
    id: token.id ?? null,
    organizationName: token.organizationName ?? null,
    appleId: token.appleId ?? null,
    vppTokenAccountType: enumValue(token, 'vppTokenAccountType') ?? null,
    state: enumValue(token, 'state') ?? null,
    lastSyncStatus: enumValue(token, 'lastSyncStatus') ?? null,
    lastSyncDateTime: token.lastSyncDateTime?.toISOString() ?? null,
    expirationDateTime: token.expirationDateTime?.toISOString() ?? null,
    lastModifiedDateTime: token.lastModifiedDateTime?.toISOString() ?? null,
    countryOrRegion: token.countryOrRegion ?? null,
    automaticallyUpdateApps: token.automaticallyUpdateApps ?? null,
  };
}

export function rowsJson(rows: readonly TokenRow[]) {
  return rows.map((r) => ({
    ...tokenJson(r.token),
    outcome: r.outcome,
    ...(r.note ? { note: r.note } : {}),
  }));
}

/** The final table: token, organisation, state, last sync status, last sync time (and a note). */
export function renderTokenTable(rows: readonly TokenRow[]): string {
  const withNotes = rows.some((r) => r.note);
  return renderTable(
    [
      'TOKEN',
      'ORGANISATION',
      'STATE',
      'LAST SYNC STATUS',
      'LAST SYNC (UTC)',
      ...(withNotes ? ['NOTE'] : []),
    ],
    rows.map(({ token, note }) => [
      token.id ?? '?',
      token.organizationName ?? '',
      enumValue(token, 'state') ?? '',
      enumValue(token, 'lastSyncStatus') ?? '',
      token.lastSyncDateTime
        ? token.lastSyncDateTime
            .toISOString()
            .replace('T', ' ')
            .replace(/\.\d+Z$/, 'Z')
        : '',
      ...(withNotes ? [note ?? ''] : []),
    ]),
  );
}
