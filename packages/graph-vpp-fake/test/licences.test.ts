import { describe, expect, it } from 'vitest';
import { createVppFake, type VppFakeCore } from '../src/entries/index.js';
import { call, fixedStart, seedIds, tokensPath } from './support/requests.js';

const appsPath = '/deviceAppManagement/mobileApps/graph.iosVppApp';
const appsScopes = ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.Read.All'];
const outlook = 'c1a0b2d3-0001-4c5d-8e9f-a0b1c2d3e401';
const numbers = 'c1a0b2d3-0004-4c5d-8e9f-a0b1c2d3e404';

interface AppJson {
  displayName?: string;
  totalLicenseCount?: number;
  usedLicenseCount?: number;
  [property: string]: unknown;
}
interface AppsPage {
  value: AppJson[];
  '@odata.nextLink'?: string;
}

async function read(fake: VppFakeCore, path: string) {
  const r = await call(fake, 'GET', path, { token: fake.mintAccessToken({ scopes: appsScopes }) });
  return { status: r.status, json: r.json as unknown };
}

async function appCounts(fake: VppFakeCore, id: string) {
  const r = await read(fake, `/deviceAppManagement/mobileApps/${id}/graph.iosVppApp`);
  expect(r.status).toBe(200);
  const app = r.json as AppJson;
  return { total: app.totalLicenseCount, used: app.usedLicenseCount };
}

describe('iosVppApps and the Apple side', () => {
  it('lists the demo apps, typed and tied to the demo tokens by Apple ID and organisation', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    const r = await read(fake, appsPath);
    expect(r.status).toBe(200);
    const apps = (r.json as AppsPage).value;
    expect(apps.length).toBeGreaterThanOrEqual(4);
    expect(apps.every((a) => a['@odata.type'] === '#microsoft.graph.iosVppApp')).toBe(true);
    const owners = new Set(fake.listVppTokens().map((t) => `${t.appleId}|${t.organizationName}`));
    for (const app of apps)
      expect(
        owners.has(`${String(app.vppTokenAppleId)}|${String(app.vppTokenOrganizationName)}`),
      ).toBe(true);
    fake.assertNoContractViolations();
  });

  it('counts change only after a sync of the owning token completes', async () => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 10_000 } });
    fake.apple.setLicenseCounts(outlook, { totalLicenseCount: 600, usedLicenseCount: 590 });
    expect(await appCounts(fake, outlook)).toEqual({ total: 500, used: 480 });

    const started = await call(
      fake,
      'POST',
      `${tokensPath}/${seedIds.contosoBusiness}/syncLicenses`,
    );
    expect(started.status).toBe(200);
    fake.clock.advance(9_999);
    expect(await appCounts(fake, outlook)).toEqual({ total: 500, used: 480 });
    fake.clock.advance(1);
    expect(await appCounts(fake, outlook)).toEqual({ total: 600, used: 590 });
    fake.assertNoContractViolations();
  });

  it("a sync of another token leaves an app's counts stale", async () => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 1_000 } });
    fake.apple.setLicenseCounts(outlook, { usedLicenseCount: 499 });
    await call(fake, 'POST', `${tokensPath}/${seedIds.fabrikam}/syncLicenses`);
    fake.clock.advance(1_000);
    expect(await appCounts(fake, outlook)).toEqual({ total: 500, used: 480 });
  });

  it("a failed sync (expired token) leaves its apps' counts untouched", async () => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 1_000 } });
    fake.apple.setLicenseCounts(numbers, { totalLicenseCount: 80 });
    const r = await call(fake, 'POST', `${tokensPath}/${seedIds.expired}/syncLicenses`);
    expect(r.status).toBe(200);
    fake.clock.advance(1_000);
    expect(fake.getVppToken(seedIds.expired)?.lastSyncStatus).toBe('failed');
    expect(await appCounts(fake, numbers)).toEqual({ total: 50, used: 10 });
    expect(fake.apple.licenseCounts(numbers)).toEqual({
      totalLicenseCount: 80,
      usedLicenseCount: 10,
    });
  });

  it('reset() restores both views', async () => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 0 } });
    fake.apple.setLicenseCounts(outlook, { usedLicenseCount: 1 });
    await call(fake, 'POST', `${tokensPath}/${seedIds.contosoBusiness}/syncLicenses`);
    expect(await appCounts(fake, outlook)).toEqual({ total: 500, used: 1 });
    fake.reset();
    expect(await appCounts(fake, outlook)).toEqual({ total: 500, used: 480 });
    expect(fake.apple.licenseCounts(outlook)).toEqual({
      totalLicenseCount: 500,
      usedLicenseCount: 480,
    });
  });

  it('refuses impossible Apple counts and unknown apps with a clear message', () => {
    const fake = createVppFake();
    expect(() => {
      fake.apple.setLicenseCounts(outlook, { usedLicenseCount: 501 });
    }).toThrow(/usedLicenseCount \(501\) exceeds totalLicenseCount \(500\)/);
    expect(() => {
      fake.apple.setLicenseCounts('nope', { usedLicenseCount: 1 });
    }).toThrow(/no iosVppApp with id 'nope'/);
  });

  it('pages with $top and filters with $filter eq, keeping the filter in next links', async () => {
    const fake = createVppFake();
    const filter = encodeURIComponent("vppTokenAppleId eq 'VPP-ADMIN@contoso.com'");
    const first = await read(fake, `${appsPath}?$top=1&$filter=${filter}`);
    expect(first.status).toBe(200);
    const firstPage = first.json as AppsPage;
    expect(firstPage.value).toHaveLength(1);
    const next = String(firstPage['@odata.nextLink']);
    expect(next).toContain('$filter=');
    const second = (await read(fake, next.replace('https://graph.microsoft.com/v1.0', '')))
      .json as AppsPage;
    expect(second.value).toHaveLength(1);
    expect(second['@odata.nextLink']).toBeUndefined();
    const names = [...firstPage.value, ...second.value].map((app) => app.displayName);
    expect(names.sort()).toEqual(['Microsoft Outlook', 'Slack']);
  });

  it('answers 400 for a $filter it does not implement, and 403 without an apps permission', async () => {
    const fake = createVppFake();
    const bad = await read(
      fake,
      `${appsPath}?$filter=${encodeURIComponent('totalLicenseCount gt 5')}`,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/eq '<text>'/);
    const forbidden = await call(fake, 'GET', appsPath);
    expect(forbidden.status).toBe(403);
  });

  it('answers 404 for an id that is not an iosVppApp', async () => {
    const fake = createVppFake();
    const r = await read(
      fake,
      `/deviceAppManagement/mobileApps/${seedIds.fabrikam}/graph.iosVppApp`,
    );
    expect(r.status).toBe(404);
  });
});
