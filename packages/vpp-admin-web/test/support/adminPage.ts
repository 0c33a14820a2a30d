import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient } from 'graph-vpp-client';
import type { MintTokenOptions, VppFake } from 'graph-vpp-fake';
import { mountVppAdmin, type VppAdmin } from '../../src/app/mountVppAdmin.js';
import { requireElement } from '../../src/app/requireElement.js';
import { createManualClock, type ManualClock } from './manualClock.js';

export interface MountedPage {
  app: VppAdmin;
  root: HTMLElement;
  clock: ManualClock;
  row: (organizationName: string) => HTMLTableRowElement;
  /** The `data-status` of a row's sync status cell: none, inProgress, completed, failed. */
  status: (organizationName: string) => string | undefined;
  syncButton: (organizationName: string) => HTMLButtonElement;
  notice: () => string | undefined;
}

/** Mounts the page in happy-dom with the real client and auth provider, talking to the fake through msw. */
export function mountPage(fake: VppFake, identity: MintTokenOptions = {}): MountedPage {
  const clock = createManualClock(fake.clock);
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider({ accessToken: fake.mintToken(identity) }),
    retry: { clock: fake.clock }, // Retry-After waits move fake time, not real time
  });
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const app = mountVppAdmin(root, { client, clock });
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
    clock,
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
