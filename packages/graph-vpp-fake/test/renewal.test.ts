import { describe, expect, it } from 'vitest';
import { createVppFake, demoVppTokens } from '../src/entries/index.js';
import { call, fixedStart, seedIds, tokensPath } from './support/requests.js';

const item = (id: string) => `${tokensPath}/${id}`;
const sToken = (fields: Record<string, unknown>) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(fields))));
const renewed = { token: 'inner', expDate: '2028-02-01T10:00:00-0700', orgName: 'Northwind Ltd' };

async function uploadAndSync(fake: ReturnType<typeof createVppFake>, id: string, token: string) {
  expect((await call(fake, 'PATCH', item(id), { body: { token } })).status).toBe(200);
  const afterPatch = fake.getVppToken(id)!;
  expect((await call(fake, 'POST', `${item(id)}/syncLicenses`)).status).toBe(200);
  const duringSync = fake.getVppToken(id)!;
  fake.clock.advance(10_000);
  return { afterPatch, duringSync, afterSync: fake.getVppToken(id)! };
}

describe('renewal: an uploaded sToken is read when the next sync completes', () => {
  it('renews an expired token: new expiry, organisation and state valid only after the sync', async () => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 10_000 } });
    const before = fake.getVppToken(seedIds.expired)!;
    const { afterPatch, duringSync, afterSync } = await uploadAndSync(
      fake,
      seedIds.expired,
      sToken(renewed),
    );
    for (const old of [afterPatch, duringSync]) {
      expect(old.expirationDateTime).toBe(before.expirationDateTime);
      expect(old.state).toBe('expired');
    }
    expect(afterSync).toMatchObject({
      expirationDateTime: '2028-02-01T17:00:00.000Z',
      organizationName: 'Northwind Ltd',
      state: 'valid',
      lastSyncStatus: 'completed',
    });
  });

  it.each([
    ['does not decode', 'not-an-stoken'],
    ['has expired', sToken({ ...renewed, expDate: '2026-01-01T00:00:00Z' })],
    ['lacks orgName', sToken({ token: 'x', expDate: renewed.expDate })],
  ])('an upload that %s makes the token invalid and the sync fail', async (_why, token) => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 10_000 } });
    const before = fake.getVppToken(seedIds.contosoBusiness)!;
    const { afterSync } = await uploadAndSync(fake, seedIds.contosoBusiness, token);
    expect(afterSync.state).toBe('invalid');
    expect(afterSync.lastSyncStatus).toBe('failed');
    expect(afterSync.expirationDateTime).toBe(before.expirationDateTime);
  });

  it("a sync that started before the upload does not read it; 'reject' mode still syncs an upload", async () => {
    const fake = createVppFake({
      startTime: fixedStart,
      sync: { durationMs: 10_000, failingTokens: 'reject' },
    });
    expect((await call(fake, 'POST', `${item(seedIds.expired)}/syncLicenses`)).status).toBe(400);
    await call(fake, 'POST', `${item(seedIds.contosoBusiness)}/syncLicenses`);
    await call(fake, 'PATCH', item(seedIds.contosoBusiness), { body: { token: sToken(renewed) } });
    fake.clock.advance(10_000);
    expect(fake.getVppToken(seedIds.contosoBusiness)?.organizationName).toBe('Contoso Ltd');
    const { afterSync } = await uploadAndSync(fake, seedIds.expired, sToken(renewed));
    expect(afterSync.state).toBe('valid');
  });
});

describe('demo tokens are dated from the fake start', () => {
  const dayMs = 24 * 60 * 60 * 1000;
  it('shows healthy, expiring-soon, expired and invalid tokens on any start date', () => {
    for (const start of [fixedStart, Date.parse('2031-07-04T03:00:00Z')]) {
      const fake = createVppFake({ startTime: start });
      const days = (id: string) =>
        (Date.parse(fake.getVppToken(id)!.expirationDateTime) - start) / dayMs;
      expect(days(seedIds.contosoBusiness)).toBeGreaterThan(30);
      expect(days(seedIds.fabrikam)).toBeGreaterThan(7);
      expect(days(seedIds.fabrikam)).toBeLessThanOrEqual(30);
      expect(days(seedIds.expired)).toBeLessThan(0);
      expect(fake.getVppToken(seedIds.invalid)?.state).toBe('invalid');
      expect(fake.getVppToken(seedIds.woodgrove)?.expirationDateTime).toMatch(/\+09:00$/);
      expect(demoVppTokens(start).map((t) => t.organizationName)).toContain('Northwind Traders');
    }
  });
});
