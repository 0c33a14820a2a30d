import { http, HttpResponse } from 'msw';
import { setupVppFakeServer } from 'graph-vpp-fake/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPage, type MountedPage } from './support/adminPage.js';

const vppFake = setupVppFakeServer();
const { server, fake } = vppFake;
let page: MountedPage | undefined;

beforeAll(() => {
  server.listen();
});
afterEach(() => {
  page?.app.dispose();
  page = undefined;
  vppFake.reset();
});
afterAll(() => {
  server.close();
});

const open = async (
  ...args: Parameters<typeof mountPage> extends [unknown, ...infer R] ? R : never
) => {
  page = mountPage(fake, ...args);
  await page.app.ready;
  return page;
};
const syncRequests = () => fake.requests.filter((r) => r.operationId === 'vppTokens.syncLicenses');
const listRequests = () => fake.requests.filter((r) => r.operationId === 'vppTokens.list').length;
/** Waits until the page has polled the list again (twice, so one poll surely began after now). */
const nextPolls = async () => {
  const before = listRequests();
  await vi.waitFor(() => {
    expect(listRequests()).toBeGreaterThan(before + 1);
  });
};
const fakeToken = (name: string) => fake.listVppTokens().find((t) => t.organizationName === name)!;

describe('the token list', () => {
  it('shows every token with its state, expiry and sync status', async () => {
    const { root, row, status } = await open();

    expect(root.querySelectorAll('tbody tr')).toHaveLength(6);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('6 tokens');
    const contoso = row('Contoso Ltd');
    expect(contoso.querySelector('[data-field="state"]')?.textContent).toBe('valid');
    // The demo tokens are dated from the fake's start, so the expected text comes from its data.
    const seeded = fakeToken('Contoso Ltd');
    expect(contoso.querySelector('[data-field="expirationDateTime"]')?.textContent).toBe(
      seeded.expirationDateTime.slice(0, 10),
    );
    expect(contoso.querySelector('[data-field="lastSyncDateTime"]')?.textContent).toBe(
      `${seeded.lastSyncDateTime.slice(0, 16).replace('T', ' ')} UTC`,
    );
    expect(status('Contoso Ltd')).toBe('completed');
    expect(row('Northwind Traders').querySelector('[data-field="state"]')?.textContent).toBe(
      'expired',
    );
    expect(status('Fabrikam GmbH')).toBe('none');
    expect(row('Fabrikam GmbH').querySelector('[data-field="lastSyncDateTime"]')?.textContent).toBe(
      'Never',
    );
  });

  it('never asks Graph for the secret token contents', async () => {
    await open();
    const [list] = fake.requests;
    expect(list?.operationId).toBe('vppTokens.list');
    const select = new URL(list!.url).searchParams.get('$select')?.split(',');
    expect(select).toContain('lastSyncStatus');
    expect(select).not.toContain('token');
  });
});

describe('syncing', () => {
  it('shows one token in progress until the fake finishes the sync, then completed', async () => {
    const { status, syncButton, row } = await open();

    syncButton('Fabrikam GmbH').click();
    await vi.waitFor(() => {
      expect(status('Fabrikam GmbH')).toBe('inProgress');
    });
    expect(row('Fabrikam GmbH').querySelector('progress')).not.toBeNull();
    expect(syncButton('Fabrikam GmbH').disabled).toBe(true);
    // The list now polls; while fake time stands still the sync stays in progress.
    await nextPolls();
    expect(fakeToken('Fabrikam GmbH').lastSyncStatus).toBe('inProgress');
    expect(status('Fabrikam GmbH')).toBe('inProgress');

    fake.clock.advance(30_000); // the fake's default sync duration
    await vi.waitFor(() => {
      expect(status('Fabrikam GmbH')).toBe('completed');
    });
    expect(row('Fabrikam GmbH').querySelector('progress')).toBeNull();
    expect(syncButton('Fabrikam GmbH').disabled).toBe(false);
    expect(row('Fabrikam GmbH').querySelector('[data-field="lastSyncDateTime"]')?.textContent).toBe(
      `${new Date(fake.clock.now()).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    );
    expect(syncRequests()).toHaveLength(1);
    expect(status('Contoso Ltd')).toBe('completed'); // the others were not touched
  });

  it('shows failed, with what to do, when an expired token is synced', async () => {
    const { status, syncButton, row } = await open();

    syncButton('Northwind Traders').click();
    await vi.waitFor(() => {
      expect(status('Northwind Traders')).toBe('inProgress');
    });
    await nextPolls();
    expect(status('Northwind Traders')).toBe('inProgress');
    fake.clock.advance(30_000);
    await vi.waitFor(() => {
      expect(status('Northwind Traders')).toBe('failed');
    });
    expect(row('Northwind Traders').querySelector('.sync-note')?.textContent).toMatch(
      /token is expired: renew it in Apple Business Manager/,
    );
  });

  it('syncs all tokens and shows each one finish', async () => {
    const { root, status } = await open();

    root.querySelector<HTMLButtonElement>('button[data-action="sync-all"]')!.click();
    await vi.waitFor(() => {
      expect(syncRequests()).toHaveLength(6);
    });
    await nextPolls();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('6 tokens, 6 syncing…');
    fake.clock.advance(30_000);
    await vi.waitFor(() => {
      expect(status('Contoso Ltd')).toBe('completed');
    });
    await vi.waitFor(() => {
      expect(root.querySelectorAll('[data-status="inProgress"]')).toHaveLength(0);
    });
    expect(status('Northwind Traders')).toBe('failed');
    expect(status('Lycée Tailspin')).toBe('failed');
    expect(status('Woodgrove Bank Japan')).toBe('completed');
  });

  it('picks up a sync that was already running when the page opened', async () => {
    await fake.handle(
      new Request(
        `https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens/${fakeToken('Fabrikam GmbH').id}/syncLicenses`,
        { method: 'POST', headers: { authorization: `Bearer ${fake.mintAccessToken()}` } },
      ),
    );
    const { status } = await open();
    expect(status('Fabrikam GmbH')).toBe('inProgress');
    await nextPolls(); // the page polls a sync it did not start
    fake.clock.advance(30_000);
    await vi.waitFor(() => {
      expect(status('Fabrikam GmbH')).toBe('completed');
    });
  });
});

describe('readable errors', () => {
  it('explains the 403 an app registration without Intune permissions gets, after one request', async () => {
    const { notice, root } = await open({ appOnly: true, scopes: [] });

    expect(notice()).toMatch(
      /^Could not list VPP tokens: Microsoft Graph refused the request \(403\)/,
    );
    expect(notice()).toContain(
      'the app is missing the application permission DeviceManagementServiceConfig.Read.All or',
    );
    expect(listRequests()).toBe(1); // no query-level retries on top of the client's
    expect(notice()).toMatch(/request-id [0-9a-f-]{36}/);
    expect(notice()).not.toContain(
      fake.mintAccessToken({ appOnly: true, scopes: [] }).split('.')[0],
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(0);
  });

  it('explains a 403 on sync, leaves the row as it was, and stops Sync all there', async () => {
    const { notice, status, root } = await open();
    fake.failNext({ status: 403, operation: 'vppTokens.syncLicenses' });

    root.querySelector<HTMLButtonElement>('button[data-action="sync-all"]')!.click();
    await vi.waitFor(() => {
      expect(notice()).toBeDefined();
    });
    expect(notice()).toMatch(
      /^Could not sync Contoso Ltd: Microsoft Graph refused the request \(403\)/,
    );
    expect(notice()).toContain('DeviceManagementServiceConfig.ReadWrite.All');
    expect(status('Contoso Ltd')).toBe('completed');
    expect(syncRequests()).toHaveLength(1); // the other tokens would be refused too
  });

  it('says Intune is throttling, and when to try again, from Retry-After', async () => {
    const { notice, status, syncButton } = await open();
    // Longer than the client's longest retry wait (60 s), so it reaches the page.
    fake.failNext({ status: 429, retryAfter: 120, operation: 'vppTokens.syncLicenses' });

    syncButton('Fabrikam GmbH').click();
    await vi.waitFor(() => {
      expect(notice()).toBeDefined();
    });
    expect(notice()).toMatch(
      /^Could not sync Fabrikam GmbH: Intune is throttling requests; try again in 120 s\./,
    );
    expect(status('Fabrikam GmbH')).toBe('none');
    expect(syncButton('Fabrikam GmbH').disabled).toBe(false);
  });

  it('says Graph cannot be reached when the network fails', async () => {
    server.use(http.all('https://graph.microsoft.com/*', () => HttpResponse.error()));
    const { notice } = await open();

    expect(notice()).toBe(
      'Could not list VPP tokens: Cannot reach Microsoft Graph; check the network connection and try again.',
    );
  });

  it('clears the error once a refresh works again', async () => {
    server.use(http.all('https://graph.microsoft.com/*', () => HttpResponse.error()));
    const { notice, root, app } = await open();
    expect(notice()).toContain('Cannot reach Microsoft Graph');

    server.resetHandlers(); // back online: the fake answers again
    await app.refresh();
    expect(notice()).toBeUndefined();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(6);
  });
});
