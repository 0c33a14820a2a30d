import {
  listAllVppTokens,
  waitForSync,
  withSignal,
  type Clock,
  type VppToken,
  type VppTokensApiClient,
} from 'graph-vpp-client';
import { describeFailure, isSpecificToToken } from '../errors/describeFailure.js';
import { syncStatusOf } from './formatting.js';
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
  /** Time for polling a sync; tests pass one they drive. */
  clock: Clock;
  /** First pause between status polls while a sync runs. Default 2 s. */
  pollIntervalMs?: number;
  /** Longest pause between polls. Default 10 s. */
  maxPollIntervalMs?: number;
  /** Stop waiting for a sync after this long. Default 10 min. */
  syncTimeoutMs?: number;
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

/**
 * The VPP token admin page: a table of tokens with their state and sync status, Sync buttons per
 * token and for all, an indeterminate progress bar while a sync runs, and one alert line for the
 * last failure. Plain DOM; everything it knows about Graph comes through `client`.
 */
export function mountVppAdmin(root: HTMLElement, options: VppAdminOptions): VppAdmin {
  const { client, clock } = options;
  const document = root.ownerDocument;
  const stop = new AbortController();
  const views = new Map<string, { view: TokenRowView; row: HTMLTableRowElement }>();
  const waits = new Map<string, Promise<void>>();

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

  const showFailure = (error: unknown, about?: string) => {
    if (stop.signal.aborted) return;
    notice.textContent = about ? `${about}: ${describeFailure(error)}` : describeFailure(error);
    notice.hidden = false;
  };
  const clearFailure = () => {
    notice.hidden = true;
    notice.textContent = '';
  };
  const updateSummary = () => {
    const syncing = [...views.values()].filter((v) => v.view.syncing).length;
    const count = `${views.size} token${views.size === 1 ? '' : 's'}`;
    summary.textContent = syncing ? `${count}, ${syncing} syncing…` : count;
  };
  const show = (id: string, view: TokenRowView) => {
    let entry = views.get(id);
    if (!entry) {
      entry = { view, row: createTokenRow(document, id) };
      views.set(id, entry);
      body.append(entry.row);
    }
    entry.view = view;
    updateTokenRow(entry.row, view);
    updateSummary();
  };
  const nameOf = (id: string) => views.get(id)?.view.token.organizationName ?? id;

  async function refresh(): Promise<void> {
    summary.textContent = 'Loading…';
    try {
      const tokens: VppToken[] = [];
      for await (const token of listAllVppTokens(client, {
        select: listedProperties,
        signal: stop.signal,
      })) {
        tokens.push(token);
      }
      clearFailure();
      const listed = new Set<string>();
      for (const token of tokens) {
        if (!token.id) continue;
        listed.add(token.id);
        // A row whose sync was sent or is being waited for stays "syncing" until that ends.
        const syncing = waits.has(token.id) || (views.get(token.id)?.view.syncing ?? false);
        show(token.id, { token, syncing });
        if (syncStatusOf(token) === 'inProgress') void watch(token.id);
      }
      for (const [id, entry] of views) {
        if (listed.has(id)) continue;
        entry.row.remove();
        views.delete(id);
      }
      updateSummary();
    } catch (error) {
      showFailure(error, 'Could not list VPP tokens');
      updateSummary();
    }
  }

  /** Polls one token until its sync finishes; one wait per token at a time. */
  function watch(id: string): Promise<void> {
    const running = waits.get(id);
    if (running) return running;
    const wait = (async () => {
      try {
        const token = await waitForSync(client, id, {
          clock,
          signal: stop.signal,
          intervalMs: options.pollIntervalMs ?? 2_000,
          maxIntervalMs: options.maxPollIntervalMs ?? 10_000,
          timeoutMs: options.syncTimeoutMs ?? 10 * 60_000,
        });
        waits.delete(id);
        show(id, { token, syncing: false });
      } catch (error) {
        waits.delete(id);
        if (stop.signal.aborted) return;
        showFailure(error, nameOf(id));
        const entry = views.get(id);
        if (entry) show(id, { token: entry.view.token, syncing: false, note: 'Status unknown.' });
      }
    })();
    waits.set(id, wait);
    return wait;
  }

  /** Sends syncLicenses; on success the wait for the result starts. Failures are shown and returned. */
  async function startSync(id: string): Promise<{ failure?: unknown }> {
    const entry = views.get(id);
    if (!entry || waits.has(id)) return {};
    const before = entry.view.token;
    show(id, { token: before, syncing: true });
    try {
      const started = await client.deviceAppManagement.vppTokens
        .byVppTokenId(id)
        .syncLicenses.post(withSignal(stop.signal));
      show(id, { token: { ...before, ...started }, syncing: true });
    } catch (failure) {
      showFailure(failure, `Could not sync ${nameOf(id)}`);
      show(id, { token: before, syncing: false });
      return { failure };
    }
    void watch(id);
    return {};
  }

  async function sync(id: string): Promise<void> {
    clearFailure();
    const { failure } = await startSync(id);
    if (!failure) await waits.get(id);
  }

  async function syncAll(): Promise<void> {
    clearFailure();
    // One POST at a time stays inside Intune's write budget; the waits then run side by side.
    for (const id of [...views.keys()]) {
      const { failure } = await startSync(id);
      // Sign-in, permission, throttling and network failures would repeat for every token.
      if (failure !== undefined && !isSpecificToToken(failure)) break;
    }
    await Promise.all(waits.values());
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

  return {
    ready: refresh(),
    refresh,
    sync,
    syncAll,
    dispose() {
      stop.abort();
      section.remove();
    },
  };
}
