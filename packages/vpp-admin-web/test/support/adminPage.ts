import { QueryClient } from '@tanstack/query-core';
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient } from 'graph-vpp-client';
import type { MintAccessTokenOptions, VppFake } from 'graph-vpp-fake';
import { mountVppAdmin, type VppAdmin } from '../../src/app/mountVppAdmin.js';
import { requireElement } from '../../src/app/requireElement.js';

export interface MountedPage {
  app: VppAdmin;
  root: HTMLElement;
  row: (organizationName: string) => HTMLTableRowElement;
  /** The `data-status` of a row's sync status cell: none, inProgress, completed, failed. */
  status: (organizationName: string) => string | undefined;
  syncButton: (organizationName: string) => HTMLButtonElement;
  notice: () => string | undefined;
}

/**
 * Mounts the page in happy-dom with the real client, auth provider and query-core, talking to
 * the fake through msw. The list polls every 5 ms of real time while a sync runs, but a sync
 * only finishes when the test moves the fake's clock; network retries do not wait.
 */
export function mountPage(fake: VppFake, identity: MintAccessTokenOptions = {}): MountedPage {
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider({ accessToken: fake.mintAccessToken(identity) }),
    retry: { clock: fake.clock }, // Retry-After waits move fake time, not real time
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const app = mountVppAdmin(root, { client, queryClient, pollIntervalMs: 5 });
  const row = (name: string) => {
    const found = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-token-id]')].find(
      (tr) => tr.querySelector('[data-field="organizationName"]')?.textContent === name,
    );
    if (!found) throw new Error(`no row for ${name}`);
    return found;
  };
  return {
    app,
    root,
    row,
    status: (name) =>
      row(name).querySelector<HTMLElement>('[data-field="lastSyncStatus"]')?.dataset.status,
    syncButton: (name) =>
      requireElement(row(name), 'button[data-action="sync"]', HTMLButtonElement),
    notice: () => {
      const notice = requireElement(root, '[role="alert"]', HTMLElement);
      return notice.hidden ? undefined : notice.textContent;
    },
  };
}
