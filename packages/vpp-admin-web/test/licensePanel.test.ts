import { createGraphAuthProvider } from 'graph-vpp-auth';
import { createVppTokensClient } from 'graph-vpp-client';
import { setupVppFakeServer } from 'graph-vpp-fake/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountLicensePanel } from '../src/app/licensePanel.js';

const vppFake = setupVppFakeServer({ sync: { durationMs: 1_000 } });
const { server, fake } = vppFake;
beforeAll(() => {
  server.listen();
});
afterEach(() => {
  vppFake.reset();
});
afterAll(() => {
  server.close();
});

const outlook = 'c1a0b2d3-0001-4c5d-8e9f-a0b1c2d3e401';
const contoso = '6f1f6c43-2b4d-4a8e-9a6b-0c4f2b1d7e01';

function mount(
  scopes = ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.Read.All'],
) {
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider({ accessToken: fake.mintAccessToken({ scopes }) }),
  });
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  return { client, root, panel: mountLicensePanel(root, { client }) };
}

const countsOf = (root: HTMLElement, appId: string) =>
  root.querySelector(`li[data-app-id="${appId}"] [data-field="counts"]`)?.textContent;

describe('licence panel', () => {
  it("shows each token's apps with used, total and available", async () => {
    const { root, panel } = mount();
    await panel.refresh();
    const block = root.querySelector<HTMLElement>(`article[data-token-id="${contoso}"]`);
    expect(block?.querySelector('h3')?.textContent).toBe('Contoso Ltd');
    const names = [...(block?.querySelectorAll('[data-field="displayName"]') ?? [])].map(
      (e) => e.textContent,
    );
    expect(names).toEqual(['Microsoft Outlook', 'Slack']);
    expect(countsOf(root, outlook)).toBe('480 of 500 used, 20 available');
    const meter = root.querySelector(`li[data-app-id="${outlook}"] meter`);
    expect(meter?.getAttribute('value')).toBe('480');
    panel.dispose();
  });

  it('shows new counts only after a sync completes', async () => {
    const { client, root, panel } = mount();
    fake.apple.setLicenseCounts(outlook, { usedLicenseCount: 500 });
    await panel.refresh();
    expect(countsOf(root, outlook)).toBe('480 of 500 used, 20 available');
    await client.deviceAppManagement.vppTokens.byVppTokenId(contoso).syncLicenses.post();
    fake.clock.advance(1_000);
    await panel.refresh();
    expect(countsOf(root, outlook)).toBe('500 of 500 used, 0 available');
    panel.dispose();
  });

  it('says what went wrong without the apps permission', async () => {
    const { root, panel } = mount(['DeviceManagementServiceConfig.ReadWrite.All']);
    await panel.refresh();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Could not list apps: /);
    panel.dispose();
  });
});
