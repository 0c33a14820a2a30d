// The regenerated client's iosVppApp builders (mobileApps.graphIosVppApp, byMobileAppId) and
// listAllVppApps, run against the fake through msw: a spec change that one side missed fails here.
import {
  createVppTokensClient,
  GraphError,
  listAllVppApps,
  listAllVppTokens,
  vppTokensSharingOwner,
  waitForSync,
  type Clock,
} from 'graph-vpp-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupVppFakeServer } from '../src/entries/node.js';
import { bearerProvider } from './support/auth.js';
import { fixedStart, seedIds } from './support/requests.js';

const harness = setupVppFakeServer({
  pageSize: 1,
  startTime: fixedStart,
  sync: { durationMs: 5_000 },
});
const { server, fake } = harness;
beforeAll(() => {
  server.listen();
});
afterEach(() => {
  harness.reset();
});
afterAll(() => {
  server.close();
});

const clock: Clock = {
  now: () => fake.clock.now(),
  sleep: (ms) => {
    fake.clock.advance(ms);
    return Promise.resolve();
  },
};

const appsScopes = ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.Read.All'];
const outlook = 'c1a0b2d3-0001-4c5d-8e9f-a0b1c2d3e401';

function client(scopes = appsScopes) {
  return createVppTokensClient({
    authProvider: bearerProvider(() => fake.mintAccessToken({ scopes })),
    retry: { clock },
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('iosVppApps through the regenerated client', () => {
  it('listAllVppApps follows every page (page size 1) and deserialises the typed model', async () => {
    const apps = await collect(listAllVppApps(client()));
    expect(apps.map((a) => a.id)).toEqual(fake.listVppApps().map((a) => a.id));
    const first = apps[0];
    expect(first?.totalLicenseCount).toBe(500);
    expect(first?.licensingType?.supportsDeviceLicensing).toBe(true);
    expect(first?.applicableDeviceType?.iPad).toBe(true);
    expect(first?.publishingState).toBe('published');
    expect(first?.releaseDateTime).toBeInstanceOf(Date);
    fake.assertNoContractViolations();
  });

  it("listAllVppApps({ vppToken }) keeps only that token's apps (Apple ID + organisation)", async () => {
    const c = client();
    const contoso = await c.deviceAppManagement.vppTokens
      .byVppTokenId(seedIds.contosoBusiness)
      .get();
    expect(contoso).toBeDefined();
    const apps = await collect(listAllVppApps(c, { vppToken: contoso }));
    expect(apps.map((a) => a.displayName).sort()).toEqual(['Microsoft Outlook', 'Slack']);
    const tokens = await collect(listAllVppTokens(c));
    expect(vppTokensSharingOwner(contoso ?? {}, tokens)).toEqual([]);
    // A second token with the same Apple ID and organisation is what makes the match ambiguous.
    const twin = { ...contoso, id: 'another-location' };
    expect(vppTokensSharingOwner(contoso ?? {}, [...tokens, twin])).toEqual([twin]);
  });

  it('byMobileAppId(...).graphIosVppApp.get() reads one app with $select', async () => {
    const app = await client()
      .deviceAppManagement.mobileApps.byMobileAppId(outlook)
      .graphIosVppApp.get({ queryParameters: { select: ['id', 'usedLicenseCount'] } });
    expect(app?.usedLicenseCount).toBe(480);
    expect(app?.displayName).toBeUndefined();
  });

  it('a sync then waitForSync makes the Apple side visible through the client', async () => {
    fake.apple.setLicenseCounts(outlook, { usedLicenseCount: 499 });
    const c = client();
    const one = () => c.deviceAppManagement.mobileApps.byMobileAppId(outlook).graphIosVppApp.get();
    expect((await one())?.usedLicenseCount).toBe(480);
    await c.deviceAppManagement.vppTokens.byVppTokenId(seedIds.contosoBusiness).syncLicenses.post();
    await waitForSync(c, seedIds.contosoBusiness, { clock, intervalMs: 1_000 });
    expect((await one())?.usedLicenseCount).toBe(499);
  });

  it('without an apps permission the client gets a GraphError 403', async () => {
    const error = await collect(
      listAllVppApps(client(['DeviceManagementServiceConfig.ReadWrite.All'])),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(403);
  });
});
