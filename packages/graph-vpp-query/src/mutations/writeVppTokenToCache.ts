import type { QueryClient } from '@tanstack/query-core';
import type { VppToken } from 'graph-vpp-client';
import { vppTokenKeys } from '../keys/vppTokenKeys.js';

// What a sync changes; copied even when a list's `$select` left them out of the cached entry.
const syncFields = ['lastSyncStatus', 'lastSyncDateTime'] as const;

/**
 * Writes a vppToken Graph returned into every cached list that holds it and into its detail
 * query. List entries keep their shape: only properties they already have (their `$select`) and
 * the sync fields are taken over, so a full answer does not put the Apple token into a list that
 * never asked for it. Queries that are not cached are left alone.
 */
export function writeVppTokenToCache(queryClient: QueryClient, vppToken: VppToken): void {
  const id = vppToken.id;
  if (!id) return;
  queryClient.setQueriesData<VppToken[]>({ queryKey: vppTokenKeys.lists() }, (list) =>
    list?.map((cached) => (cached.id === id ? mergeKnown(cached, vppToken) : cached)),
  );
  queryClient.setQueryData<VppToken>(vppTokenKeys.detail(id), (cached) =>
    cached ? { ...cached, ...definedFields(vppToken) } : cached,
  );
}

function mergeKnown(cached: VppToken, fresh: VppToken): VppToken {
  const keys = new Set<string>([...Object.keys(cached), ...syncFields]);
  const taken = Object.entries(definedFields(fresh)).filter(([key]) => keys.has(key));
  return { ...cached, ...Object.fromEntries(taken) };
}

function definedFields(vppToken: VppToken): Partial<VppToken> {
  return Object.fromEntries(Object.entries(vppToken).filter(([, value]) => value !== undefined));
}
