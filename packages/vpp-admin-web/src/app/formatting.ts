import { enumValue, type VppToken } from 'graph-vpp-client';

/** Intune reports "never synced" as 0001-01-01T00:00:00Z rather than null. */
const neverBefore = Date.UTC(1971, 0, 1);

/** `2026-11-27 08:15 UTC`: unambiguous for admins in any time zone, and stable in tests. */
export function formatDateTime(date: Date | null | undefined, never = '—'): string {
  if (!date || Number.isNaN(date.getTime()) || date.getTime() < neverBefore) return never;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatDate(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '—';
  return date.toISOString().slice(0, 10);
}

export type SyncStatus = 'none' | 'inProgress' | 'completed' | 'failed' | (string & {});

const syncStatusLabels: Record<string, string> = {
  none: 'Never synced',
  inProgress: 'Syncing…',
  completed: 'Completed',
  failed: 'Failed',
};

export function syncStatusOf(token: VppToken): SyncStatus {
  return enumValue(token, 'lastSyncStatus') ?? 'unknown';
}

export function syncStatusLabel(status: SyncStatus): string {
  return syncStatusLabels[status] ?? status;
}

/** Token states whose sync cannot succeed until the token is renewed in Apple's portal. */
export function needsRenewal(token: VppToken): boolean {
  const state = enumValue(token, 'state');
  return state === 'expired' || state === 'invalid';
}
