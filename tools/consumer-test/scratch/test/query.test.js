// graph-vpp-query from its tarball with @tanstack/query-core as the peer, against graph-vpp-fake
// through msw: no stacked retries, the whole list, the cache updated by the sync mutation.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { createVppTokensClient, describeGraphError, isGraphError } from 'graph-vpp-client';
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { setupVppFakeServer } from 'graph-vpp-fake/node';
import { syncLicensesMutationOptions, vppTokenKeys, vppTokensQueryOptions } from 'graph-vpp-query';

const { server, fake, reset } = setupVppFakeServer({ pageSize: 2 });
before(() => server.listen());
afterEach(() => reset());
after(() => server.close());

const clientAs = (identity = {}) =>
  createVppTokensClient({
    authProvider: createGraphAuthProvider({ accessToken: fake.mintAccessToken(identity) }),
    retry: { clock: fake.clock },
  });
const newQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
const requestsTo = (operationId) =>
  fake.requests.filter((r) => r.operationId === operationId).length;

test('graph-vpp-query: a 403 costs one request under a QueryClient defaulting to retry 3', async () => {
  const queryClient = newQueryClient();
  const options = vppTokensQueryOptions(clientAs({ appOnly: true, scopes: [] }));
  await assert.rejects(
    queryClient.fetchQuery(options),
    (error) => isGraphError(error) && error.status === 403,
  );
  assert.equal(requestsTo('vppTokens.list'), 1);
  assert.match(
    describeGraphError(queryClient.getQueryState(options.queryKey)?.error),
    /^Microsoft Graph refused the request \(403\)/,
  );
});

test('graph-vpp-query: the whole list across pages, then the sync written into the cache', async () => {
  const queryClient = newQueryClient();
  const client = clientAs();
  const options = vppTokensQueryOptions(client, { select: ['id', 'lastSyncStatus'] });
  const vppTokens = await queryClient.fetchQuery(options);
  assert.equal(vppTokens.length, fake.listVppTokens().length);
  assert.equal(requestsTo('vppTokens.list'), Math.ceil(vppTokens.length / 2));

  const idle = vppTokens.find((t) => t.lastSyncStatus !== 'inProgress');
  assert.ok(idle?.id);
  const sync = new MutationObserver(
    queryClient,
    syncLicensesMutationOptions(client, { queryClient }),
  );
  await sync.mutate(idle.id);
  const cached = queryClient.getQueryData(options.queryKey)?.find((t) => t.id === idle.id);
  assert.equal(cached?.lastSyncStatus, 'inProgress');
  assert.deepEqual(options.queryKey.slice(0, 2), vppTokenKeys.all);
  assert.equal(
    options.refetchInterval(queryClient.getQueryCache().find({ queryKey: options.queryKey })),
    2000,
  );
  queryClient.clear();
});
