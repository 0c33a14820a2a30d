import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/query-core';
import { isGraphError, type VppToken } from 'graph-vpp-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  syncLicensesMutationOptions,
  vppTokenKeys,
  vppTokenQueryOptions,
  vppTokensQueryOptions,
} from '../src/index.js';
import { createFakeGraph, vppTokenIdOf } from './support/fakeGraph.js';

// As a frontend team would set it up: TanStack's default of 3 retries, made instant so that a
// test which would retry does not also wait.
const queryClients: QueryClient[] = [];
function newQueryClient() {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: 3, retryDelay: 0 },
      mutations: { retry: 3, retryDelay: 0 },
    },
  });
  queryClients.push(queryClient);
  return queryClient;
}
afterEach(() => {
  for (const queryClient of queryClients.splice(0)) queryClient.clear();
});

/** Subscribes like a component would and settles with the first success or final error. */
function observe<T>(observer: QueryObserver<T, Error, T, T, any>): Promise<T> {
  return new Promise((resolve, reject) => {
    const unsubscribe = observer.subscribe((result) => {
      if (result.status === 'pending') return;
      unsubscribe();
      if (result.status === 'error') reject(result.error);
      else resolve(result.data);
    });
  });
}

describe('retries with a QueryClient that defaults to retry: 3', () => {
  it('sends one request for a 403, since a refusal will not heal', async () => {
    const { client, fake, requestsTo } = createFakeGraph({}, { appOnly: true, scopes: [] });
    const queryClient = newQueryClient();

    const error = await observe(
      new QueryObserver(queryClient, vppTokensQueryOptions(client)),
    ).catch((e: unknown) => e);
    expect(isGraphError(error) && error.status).toBe(403);
    expect(requestsTo('vppTokens.list')).toBe(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('would have sent four without the policy (the default it replaces)', async () => {
    const { client, requestsTo } = createFakeGraph({}, { appOnly: true, scopes: [] });
    const queryClient = newQueryClient();
    const withDefaults = { ...vppTokensQueryOptions(client), retry: 3 };

    await observe(new QueryObserver(queryClient, withDefaults)).catch(() => undefined);
    expect(requestsTo('vppTokens.list')).toBe(4);
  });

  it('does not retry a 503 on top of the client, which already retried it', async () => {
    const { client, fake, requestsTo } = createFakeGraph();
    fake.failNext({ status: 503, times: 10, operation: 'vppTokens.list' });
    const queryClient = newQueryClient();

    const error = await observe(
      new QueryObserver(queryClient, vppTokensQueryOptions(client)),
    ).catch((e: unknown) => e);
    expect(isGraphError(error) && error.status).toBe(503);
    expect(requestsTo('vppTokens.list')).toBe(4); // 1 + the client's 3, none from the query
  });

  it('retries a network failure twice, then gives up', async () => {
    const { client, network } = createFakeGraph();
    network.mode = 'offline';
    const queryClient = newQueryClient();

    const error = await observe(
      new QueryObserver(queryClient, vppTokensQueryOptions(client)),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(network.attempts).toBe(3);
  });
});

describe('vppTokensQueryOptions', () => {
  it('collects the whole list across pages into one array', async () => {
    const { client, requestsTo } = createFakeGraph({ pageSize: 2 });
    const queryClient = newQueryClient();

    const vppTokens = await queryClient.query(
      vppTokensQueryOptions(client, { select: ['id', 'organizationName'] }),
    );
    expect(vppTokens).toHaveLength(6);
    expect(new Set(vppTokens.map((t) => t.id)).size).toBe(6);
    expect(requestsTo('vppTokens.list')).toBe(3);
    expect(vppTokens[0]?.lastSyncStatus).toBeUndefined(); // $select was sent
  });

  it('has a stable key, whatever the order of the selected properties', () => {
    const { client } = createFakeGraph();
    expect(vppTokensQueryOptions(client, { select: ['state', 'id'] }).queryKey).toEqual(
      vppTokensQueryOptions(client, { select: ['id', 'state'] }).queryKey,
    );
    expect(vppTokensQueryOptions(client).queryKey).not.toEqual(
      vppTokensQueryOptions(client, { pageSize: 2 }).queryKey,
    );
  });

  it("aborts the request in flight when the query is cancelled (the query's signal)", async () => {
    const { client, network } = createFakeGraph();
    network.mode = 'hang';
    const queryClient = newQueryClient();

    const fetching = queryClient.query(vppTokensQueryOptions(client)).catch((e: unknown) => e);
    await vi.waitFor(() => {
      expect(network.signals).toHaveLength(1);
    });
    await queryClient.cancelQueries({ queryKey: vppTokenKeys.all });
    await fetching;
    expect(network.signals[0]?.aborted).toBe(true);
  });
});

describe('syncLicensesMutationOptions', () => {
  it('writes the started sync into the cached list and detail queries', async () => {
    const { client, fake, requestsTo } = createFakeGraph({ pageSize: 2 });
    const queryClient = newQueryClient();
    const listOptions = vppTokensQueryOptions(client, {
      select: ['id', 'organizationName', 'lastSyncStatus'],
    });
    const id = vppTokenIdOf(fake, 'Fabrikam GmbH');
    await queryClient.query(listOptions);
    await queryClient.query(vppTokenQueryOptions(client, id));
    const cached = () =>
      queryClient.getQueryData<VppToken[]>(listOptions.queryKey)?.find((t) => t.id === id);
    expect(cached()?.lastSyncStatus).toBe('none');
    const listsBefore = requestsTo('vppTokens.list');

    const sync = new MutationObserver(
      queryClient,
      syncLicensesMutationOptions(client, { queryClient }),
    );
    await sync.mutate(id);

    expect(cached()?.lastSyncStatus).toBe('inProgress');
    expect(Object.keys(cached() ?? {})).not.toContain('token'); // the list's $select shape is kept
    expect(queryClient.getQueryData<VppToken>(vppTokenKeys.detail(id))?.lastSyncStatus).toBe(
      'inProgress',
    );
    expect(requestsTo('vppTokens.list')).toBe(listsBefore); // from the mutation, not a refetch
    expect(requestsTo('vppTokens.syncLicenses')).toBe(1);
  });

  it('keeps polling while inProgress and stops once the sync completed', async () => {
    const { client, fake } = createFakeGraph();
    const queryClient = newQueryClient();
    const id = vppTokenIdOf(fake, 'Fabrikam GmbH');
    const options = vppTokensQueryOptions(client, { pollIntervalMs: 5 });
    const stopWatching = new QueryObserver(queryClient, options).subscribe(() => undefined);
    const query = () =>
      queryClient.getQueryCache().find<VppToken[]>({ queryKey: options.queryKey })!;
    await vi.waitFor(() => {
      expect(query().state.status).toBe('success');
    });
    expect(options.refetchInterval(query())).toBe(false);

    await new MutationObserver(
      queryClient,
      syncLicensesMutationOptions(client, { queryClient }),
    ).mutate(id);
    expect(options.refetchInterval(query())).toBe(5);
    const polls = query().state.dataUpdateCount;
    await vi.waitFor(() => {
      expect(query().state.dataUpdateCount).toBeGreaterThan(polls + 1);
    });
    expect(query().state.data?.find((t) => t.id === id)?.lastSyncStatus).toBe('inProgress');

    fake.clock.advance(30_000); // the fake's sync duration
    await vi.waitFor(() => {
      expect(query().state.data?.find((t) => t.id === id)?.lastSyncStatus).toBe('completed');
    });
    expect(options.refetchInterval(query())).toBe(false);
    stopWatching();
  });

  it('cancels a list fetch in flight, whose answer would predate the sync', async () => {
    const { client, fake, network } = createFakeGraph();
    const queryClient = newQueryClient();
    const options = vppTokensQueryOptions(client);
    const id = vppTokenIdOf(fake, 'Fabrikam GmbH');
    await queryClient.query(options);
    network.mode = 'hang-reads';
    const readsBefore = network.signals.length;
    const refetch = queryClient.refetchQueries({ queryKey: options.queryKey });
    await vi.waitFor(() => {
      expect(network.signals.length).toBe(readsBefore + 1);
    });
    const pendingRead = network.signals[readsBefore];

    await new MutationObserver(
      queryClient,
      syncLicensesMutationOptions(client, { queryClient }),
    ).mutate(id);
    await refetch;
    expect(pendingRead?.aborted).toBe(true);
    const cached = queryClient.getQueryData<VppToken[]>(options.queryKey);
    expect(cached?.find((t) => t.id === id)?.lastSyncStatus).toBe('inProgress');
  });

  it('does not retry a refused sync', async () => {
    const { client, fake, requestsTo } = createFakeGraph();
    fake.failNext({ status: 403, operation: 'vppTokens.syncLicenses' });
    const queryClient = newQueryClient();
    const sync = new MutationObserver(
      queryClient,
      syncLicensesMutationOptions(client, { queryClient }),
    );

    await expect(sync.mutate(vppTokenIdOf(fake, 'Contoso Ltd'))).rejects.toMatchObject({
      status: 403,
    });
    expect(requestsTo('vppTokens.syncLicenses')).toBe(1);
  });
});
