// The real generated client (graph-vpp-client) runs every operation against the fake through
// msw in Node: if the fake and the client disagree about the spec, this fails.
import {
  createVppTokensClient,
  GraphError,
  listAllVppTokens,
  waitForSync,
  type Clock,
} from 'graph-vpp-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { setupVppFakeServer } from '../src/entries/node.js';
import { bearerProvider } from './support/auth.js';
import { fixedStart, seedIds } from './support/requests.js';

const { server, fake, reset } = setupVppFakeServer({ pageSize: 2, startTime: fixedStart });
beforeAll(() => {
  server.listen();
});
afterEach(() => {
  reset();
});
afterAll(() => {
  server.close();
});

/** The client's clock: sleeping moves the fake's time, so waits are instant. */
const clock: Clock = {
  now: () => fake.clock.now(),
  sleep: (ms) => {
    fake.clock.advance(ms);
    return Promise.resolve();
  },
};

function client() {
  return createVppTokensClient({
    authProvider: bearerProvider(() => fake.mintAccessToken()),
    retry: { clock },
  });
}

describe('graph-vpp-client against the fake (msw setupServer)', () => {
  it('lists every token across pages with listAllVppTokens', async () => {
    const ids: string[] = [];
    for await (const token of listAllVppTokens(client(), { pageSize: 2 })) ids.push(token.id!);
    expect(ids).toEqual(fake.listVppTokens().map((t) => t.id));
    expect(ids).toHaveLength(6);
    expect(fake.requests.filter((r) => r.operationId === 'vppTokens.list')).toHaveLength(3);
  });

  it('gets one token with typed enums and dates', async () => {
    const token = await client()
      .deviceAppManagement.vppTokens.byVppTokenId(seedIds.contosoEducation)
      .get();
    expect(token?.organizationName).toBe('Contoso School District');
    expect(token?.vppTokenAccountType).toBe('education');
    expect(token?.expirationDateTime).toEqual(
      new Date(fake.getVppToken(seedIds.contosoEducation)!.expirationDateTime),
    );
  });

  it('creates a token that a later list and get see', async () => {
    const tokens = client().deviceAppManagement.vppTokens;
    const created = await tokens.post({
      token: 'new-vpp-token',
      organizationName: 'Adatum',
      automaticallyUpdateApps: true,
      vppTokenAccountType: 'education',
    });
    expect(created?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created?.lastModifiedDateTime).toEqual(new Date(fixedStart));
    const again = await tokens.byVppTokenId(created!.id!).get();
    expect(again?.organizationName).toBe('Adatum');
    const all: string[] = [];
    for await (const t of listAllVppTokens(client())) all.push(t.id!);
    expect(all).toContain(created!.id);
  });

  it('patches a token and answers with the updated token', async () => {
    const item = client().deviceAppManagement.vppTokens.byVppTokenId(seedIds.fabrikam);
    fake.clock.advance(60_000);
    const updated = await item.patch({ automaticallyUpdateApps: false, countryOrRegion: 'at' });
    expect(updated?.automaticallyUpdateApps).toBe(false);
    expect(updated?.countryOrRegion).toBe('at');
    expect(updated?.lastModifiedDateTime).toEqual(new Date(fixedStart + 60_000));
    expect(fake.getVppToken(seedIds.fabrikam)?.countryOrRegion).toBe('at');
  });

  it('deletes a token; a later get is a 404 GraphError', async () => {
    const item = client().deviceAppManagement.vppTokens.byVppTokenId(seedIds.woodgrove);
    await item.delete();
    const error = await item.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(404);
    expect((error as GraphError).code).toBe('ResourceNotFound');
    expect((error as GraphError).activityId).toBe((error as GraphError).requestId);
  });

  it('syncs licenses and waits for completion on the fake clock', async () => {
    const c = client();
    const started = await c.deviceAppManagement.vppTokens
      .byVppTokenId(seedIds.contosoBusiness)
      .syncLicenses.post();
    expect(started?.lastSyncStatus).toBe('inProgress');
    const done = await waitForSync(c, seedIds.contosoBusiness, { clock, intervalMs: 5_000 });
    expect(done.lastSyncStatus).toBe('completed');
    expect(done.lastSyncDateTime).toEqual(new Date(fixedStart + 30_000));
    expect(fake.requests.filter((r) => r.operationId === 'vppTokens.syncLicenses')).toHaveLength(1);
  });

  it('reads the docs-wrapped syncLicenses answer too (client over fake.fetch)', async () => {
    const wrapped = createVppFake({ docsWrappedResponses: ['vppTokens.syncLicenses'] });
    const c = createVppTokensClient({
      authProvider: bearerProvider(() => wrapped.mintAccessToken()),
      fetch: wrapped.fetch,
    });
    const token = await c.deviceAppManagement.vppTokens
      .byVppTokenId(seedIds.fabrikam)
      .syncLicenses.post();
    expect(token?.organizationName).toBe('Fabrikam GmbH');
    expect(token?.lastSyncStatus).toBe('inProgress');
    expect(wrapped.requests).toHaveLength(1);
    expect(fake.requests).toHaveLength(0);
  });

  it('retries a throttled call after Retry-After, using the fake clock', async () => {
    fake.failNext({ status: 429, retryAfter: 7, operation: 'vppTokens.get' });
    const before = fake.clock.now();
    const token = await client().deviceAppManagement.vppTokens.byVppTokenId(seedIds.fabrikam).get();
    expect(token?.id).toBe(seedIds.fabrikam);
    // Never before Retry-After; the client's jitter spreads it by up to baseDelayMs (1 s).
    const waited = fake.clock.now() - before;
    expect(waited).toBeGreaterThanOrEqual(7_000);
    expect(waited).toBeLessThanOrEqual(8_000);
    expect(fake.requests.map((r) => [r.status, r.headers['retry-attempt']])).toEqual([
      [429, undefined],
      [200, '1'],
    ]);
  });

  it('surfaces a 403 for a token without the scope as a GraphError with the readable Intune message', async () => {
    const c = createVppTokensClient({
      authProvider: bearerProvider(() =>
        fake.mintAccessToken({ scopes: ['DeviceManagementServiceConfig.Read.All'] }),
      ),
    });
    const error = (await c.deviceAppManagement.vppTokens
      .byVppTokenId(seedIds.fabrikam)
      .syncLicenses.post()
      .catch((e: unknown) => e)) as GraphError;
    expect(error.status).toBe(403);
    expect(error.message).toMatch(
      /must have one of the following scopes: DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementApps.ReadWrite.All/,
    );
    expect(error.operationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
