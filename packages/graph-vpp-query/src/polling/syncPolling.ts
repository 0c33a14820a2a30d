import type { VppToken } from 'graph-vpp-client';

/** How often a query polls while a sync it shows is `inProgress`, unless told otherwise. */
export const defaultSyncPollIntervalMs = 2_000;

/** True when Graph says this token's last sync has not finished yet. */
export function isSyncInProgress(vppToken: VppToken | undefined): boolean {
  return vppToken?.lastSyncStatus === 'inProgress';
}

/**
 * A `refetchInterval` function: `intervalMs` while any token in the query's data is syncing,
 * `false` (no polling) once every sync has completed or failed.
 */
export function pollWhileSyncing(
  intervalMs: number,
): (query: { state: { data: VppToken | VppToken[] | undefined } }) => number | false {
  // Not generic: a function taking the wider data type fits a query of either shape.
  return (query) => {
    const data = query.state.data;
    const syncing = Array.isArray(data) ? data.some(isSyncInProgress) : isSyncInProgress(data);
    return syncing ? intervalMs : false;
  };
}
