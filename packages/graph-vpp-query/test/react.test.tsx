import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describeGraphError, type VppTokensApiClient } from 'graph-vpp-client';
import { afterEach, describe, expect, it } from 'vitest';
import { syncLicensesMutationOptions, vppTokensQueryOptions } from '../src/index.js';
import { createFakeGraph } from './support/fakeGraph.js';

afterEach(cleanup);

// The README's React example, as a component: the list, a Sync button per token, the status.
function VppTokenTable({ client }: { client: VppTokensApiClient }) {
  const queryClient = useQueryClient();
  const vppTokens = useQuery(
    vppTokensQueryOptions(client, {
      select: ['id', 'organizationName', 'lastSyncStatus'],
      pollIntervalMs: 10,
    }),
  );
  const sync = useMutation(syncLicensesMutationOptions(client, { queryClient }));
  if (vppTokens.isPending) return <p>Loading…</p>;
  if (vppTokens.isError) return <p role="alert">{describeGraphError(vppTokens.error)}</p>;
  return (
    <table>
      <tbody>
        {vppTokens.data.map((vppToken) => (
          <tr key={vppToken.id} aria-label={vppToken.organizationName ?? vppToken.id ?? undefined}>
            <td data-testid="status">{vppToken.lastSyncStatus}</td>
            <td>
              <button
                disabled={vppToken.lastSyncStatus === 'inProgress'}
                onClick={() => vppToken.id && sync.mutate(vppToken.id)}
              >
                Sync
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function renderTable(graph: ReturnType<typeof createFakeGraph>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3 } } });
  render(
    <QueryClientProvider client={queryClient}>
      <VppTokenTable client={graph.client} />
    </QueryClientProvider>,
  );
  return queryClient;
}

describe('with @tanstack/react-query', () => {
  it('shows a sync inProgress, then completed when the fake clock passes its end', async () => {
    const graph = createFakeGraph();
    const queryClient = renderTable(graph);
    const row = await screen.findByRole('row', { name: 'Fabrikam GmbH' });
    const status = () => within(row).getByTestId('status').textContent;
    expect(status()).toBe('none');

    fireEvent.click(within(row).getByRole('button', { name: 'Sync' }));
    await waitFor(() => expect(status()).toBe('inProgress'));
    expect(within(row).getByRole('button', { name: 'Sync' })).toHaveProperty('disabled', true);
    // Polls keep coming while the sync runs; it stays inProgress until fake time moves.
    const listsAfterSync = graph.requestsTo('vppTokens.list');
    await waitFor(() =>
      expect(graph.requestsTo('vppTokens.list')).toBeGreaterThan(listsAfterSync + 1),
    );
    expect(status()).toBe('inProgress');

    graph.fake.clock.advance(30_000); // the fake's sync duration
    await waitFor(() => expect(status()).toBe('completed'));
    expect(within(row).getByRole('button', { name: 'Sync' })).toHaveProperty('disabled', false);
    expect(graph.requestsTo('vppTokens.syncLicenses')).toBe(1);
    queryClient.clear();
  });

  it('shows a 403 after one request, in a sentence naming what is missing', async () => {
    const graph = createFakeGraph({}, { appOnly: true, scopes: [] });
    const queryClient = renderTable(graph);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Microsoft Graph refused the request \(403\)/);
    expect(graph.requestsTo('vppTokens.list')).toBe(1);
    queryClient.clear();
  });
});
