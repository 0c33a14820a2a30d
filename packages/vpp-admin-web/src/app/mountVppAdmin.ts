import {
  MutationObserver,
  QueryClient,
  QueryObserver,
  type QueryObserverResult,
} from '@tanstack/query-core';
import {
  describeGraphError,
  isGraphError,
  type VppToken,
  type VppTokensApiClient,
} from 'graph-vpp-client';
import {
  isSyncInProgress,
  syncLicensesMutationOptions,
  vppTokensQueryOptions,
} from 'graph-vpp-query';
import { requireElement } from './requireElement.js';
import {
  createTokenRow,
  tokenColumns,
  tokenFields,
  updateTokenRow,
  type TokenRowView,
} from './tokenRow.js';

export interface VppAdminOptions {
  /** A client from `createVppTokensClient`, with whatever auth and fetch the host page chose. */
  client: VppTokensApiClient;
  /** The cache behind the page; tests pass one with instant retries. Default: a new QueryClient. */
  queryClient?: QueryClient | undefined;
  /** Pause between list polls while a sync runs. Default 2 s. */
  pollIntervalMs?: number | undefined;
}

export interface VppAdmin {
  /** Settles when the first list has been shown (or its error). */
  readonly ready: Promise<void>;
  refresh(): Promise<void>;
  /** Starts a sync of one token and waits for it to finish; failures are shown, never thrown. */
  sync(id: string): Promise<void>;
  syncAll(): Promise<void>;
  /** Stops polling and removes the page. */
  dispose(): void;
}

/** Properties the page shows; the secret `token` contents are never requested. */
const listedProperties = ['id', ...tokenFields];

type ListResult = QueryObserverResult<VppToken[]>;

/**
 * The VPP token admin page: a table of tokens with their state and sync status, Sync buttons per
 * token and for all, an indeterminate progress bar while a sync runs, and one alert line for the
 * last failure. Plain DOM over graph-vpp-query's option objects, driven by query-core's observers:
 * the list query polls by itself while any token is `inProgress`.
 */
export function mountVppAdmin(root: HTMLElement, options: VppAdminOptions): VppAdmin {
  const { client } = options;
  const queryClient = options.queryClient ?? new QueryClient();
  const document = root.ownerDocument;
  const rows = new Map<string, HTMLTableRowElement>();
  /** Tokens whose syncLicenses POST has been sent and not yet answered. */
  const posting = new Set<string>();
  const list = new QueryObserver(
    queryClient,
    vppTokensQueryOptions(client, {
      select: listedProperties,
      pollIntervalMs: options.pollIntervalMs ?? 2_000,
    }),
  );
  const syncLicenses = syncLicensesMutationOptions(client, { queryClient });
  let disposed = false;

  const section = document.createElement('section');
  section.className = 'vpp-admin';
  section.innerHTML = `
    <header>
      <h1>Apple VPP tokens</h1>
      <div class="actions">
        <button type="button" data-action="refresh">Refresh</button>
        <button type="button" data-action="sync-all">Sync all</button>
      </div>
    </header>
    <p class="notice" role="alert" hidden></p>
    <p class="summary" role="status"></p>
    <table>
      <thead><tr></tr></thead>
      <tbody></tbody>
    </table>`;
  const notice = requireElement(section, '.notice', HTMLElement);
  const summary = requireElement(section, '.summary', HTMLElement);
  const body = requireElement(section, 'tbody', HTMLTableSectionElement);
  const head = requireElement(section, 'thead tr', HTMLTableRowElement);
  for (const title of tokenColumns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  root.replaceChildren(section);

  /** Where the notice came from: a list success clears only a list failure. */
  let noticeFrom: 'list' | 'sync' | undefined;
  const showFailure = (error: unknown, about: string, from: 'list' | 'sync') => {
    if (disposed) return;
    notice.textContent = `${about}: ${describeGraphError(error)}`;
    notice.hidden = false;
    noticeFrom = from;
  };
  const clearFailure = (from?: 'list') => {
    if (from && noticeFrom !== from) return;
    notice.hidden = true;
    notice.textContent = '';
    noticeFrom = undefined;
  };

  const viewOf = (token: VppToken): TokenRowView => ({
    token,
    syncing: posting.has(token.id ?? '') || isSyncInProgress(token),
  });
  const tokens = (): VppToken[] => list.getCurrentResult().data ?? [];
  const nameOf = (id: string) => tokens().find((t) => t.id === id)?.organizationName ?? id;

  function render(): void {
    if (disposed) return;
    const result: ListResult = list.getCurrentResult();
    if (result.isPending) summary.textContent = 'Loading…';
    const listed = new Set<string>();
    for (const token of result.data ?? []) {
      if (!token.id) continue;
      listed.add(token.id);
      let row = rows.get(token.id);
      if (!row) {
        row = createTokenRow(document, token.id);
        rows.set(token.id, row);
      }
      body.append(row); // keeps the list's order
      updateTokenRow(row, viewOf(token));
    }
    for (const [id, row] of rows) {
      if (listed.has(id)) continue;
      row.remove();
      rows.delete(id);
    }
    if (result.data) {
      const syncing = result.data.filter((t) => viewOf(t).syncing).length;
      const count = `${rows.size} token${rows.size === 1 ? '' : 's'}`;
      summary.textContent = syncing ? `${count}, ${syncing} syncing…` : count;
    } else if (result.isError) {
      summary.textContent = '0 tokens';
    }
  }

  const unsubscribe = list.subscribe((result) => {
    if (result.fetchStatus === 'idle') {
      if (result.isError) showFailure(result.error, 'Could not list VPP tokens', 'list');
      else if (result.isSuccess) clearFailure('list');
    }
    render();
  });

  /** Settles once the list has an answer and `done` holds for it (or the page is gone). */
  function until(done: (result: ListResult) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = (result: ListResult) => {
        if (!disposed && (result.fetchStatus !== 'idle' || !done(result))) return false;
        stop();
        resolve();
        return true;
      };
      const stop = list.subscribe((result) => void check(result));
      check(list.getCurrentResult());
    });
  }
  const settled = (id: string) => (result: ListResult) =>
    !posting.has(id) && !isSyncInProgress(result.data?.find((t) => t.id === id));

  async function refresh(): Promise<void> {
    await list.refetch();
  }

  /** Sends syncLicenses; the list then polls until it is done. Failures are shown and returned. */
  async function startSync(id: string): Promise<{ failure?: unknown }> {
    const token = tokens().find((t) => t.id === id);
    if (!token || posting.has(id) || isSyncInProgress(token)) return {};
    posting.add(id);
    render();
    try {
      await new MutationObserver(queryClient, syncLicenses).mutate(id);
      return {};
    } catch (failure) {
      showFailure(failure, `Could not sync ${nameOf(id)}`, 'sync');
      return { failure };
    } finally {
      posting.delete(id);
      render();
    }
  }

  async function sync(id: string): Promise<void> {
    clearFailure();
    const { failure } = await startSync(id);
    if (!failure) await until(settled(id));
  }

  async function syncAll(): Promise<void> {
    clearFailure();
    const ids = tokens().flatMap((t) => (t.id ? [t.id] : []));
    // One POST at a time stays inside Intune's write budget; the polls then cover them all.
    for (const id of ids) {
      const { failure } = await startSync(id);
      // Sign-in, permission, throttling and network failures would repeat for every token.
      if (failure !== undefined && !isSpecificToToken(failure)) break;
    }
    await until((result) => ids.every((id) => settled(id)(result)));
  }

  section.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'refresh') void refresh();
    else if (action === 'sync-all') void syncAll();
    else if (action === 'sync') {
      const id = button.closest<HTMLElement>('tr[data-token-id]')?.dataset.tokenId;
      if (id) void sync(id);
    }
  });

  render();
  return {
    ready: until(() => true),
    refresh,
    sync,
    syncAll,
    dispose() {
      disposed = true;
      unsubscribe();
      void queryClient.cancelQueries();
      section.remove();
    },
  };
}

/** A failure that concerns one token (400/404/409…), not the caller, the service or the network. */
function isSpecificToToken(error: unknown): boolean {
  return (
    isGraphError(error) &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 429].includes(error.status)
  );
}
