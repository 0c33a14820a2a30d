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
export function pollWhileSyncing<TData extends VppToken | VppToken[] | undefined>(
  intervalMs: number,
): (query: { state: { data: TData | undefined } }) => number | false {
  return (query) => {
    const data: VppToken | VppToken[] | undefined = query.state.data;
    const syncing = Array.isArray(data) ? data.some(isSyncInProgress) : isSyncInProgress(data);
    return syncing ? intervalMs : false;
  };
}
