import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { call, fixedStart, intuneReadable, seedIds, tokensPath } from './support/requests.js';

const sync = (id: string) => `${tokensPath}/${id}/syncLicenses`;

describe('syncLicenses state machine on the fake clock', () => {
  it('goes inProgress, then completed after the configured duration, updating lastSyncDateTime', async () => {
    const fake = createVppFake({ startTime: fixedStart, sync: { durationMs: 10_000 } });
    const before = fake.getVppToken(seedIds.fabrikam)!;
    const r = await call(fake, 'POST', sync(seedIds.fabrikam));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: seedIds.fabrikam, lastSyncStatus: 'inProgress' });
    expect(r.json).not.toHaveProperty('value');
    fake.clock.advance(9_999);
    expect((await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`)).json.lastSyncStatus).toBe(
      'inProgress',
    );
    fake.clock.advance(1);
    const done = (await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`)).json;
    expect(done.lastSyncStatus).toBe('completed');
    expect(done.lastSyncDateTime).toBe(new Date(fixedStart + 10_000).toISOString());
    expect(done.lastSyncDateTime).not.toBe(before.lastSyncDateTime);
  });

  it.each([
    ['expired', seedIds.expired],
    ['invalid', seedIds.invalid],
  ])(
    'a %s token is accepted (200 inProgress) and then fails, lastSyncDateTime unchanged',
    async (_state, id) => {
      const fake = createVppFake({ startTime: fixedStart });
      const before = fake.getVppToken(id)!;
      const r = await call(fake, 'POST', sync(id));
      expect(r.status).toBe(200);
      expect(r.json.lastSyncStatus).toBe('inProgress');
      fake.clock.advance(30_000);
      const after = fake.getVppToken(id)!;
      expect(after.lastSyncStatus).toBe('failed');
      expect(after.lastSyncDateTime).toBe(before.lastSyncDateTime);
    },
  );

  it('with failingTokens: reject, a sync of an expired token is a 400 and changes nothing', async () => {
    const fake = createVppFake({ sync: { failingTokens: 'reject' } });
    const r = await call(fake, 'POST', sync(seedIds.expired));
    expect(r.status).toBe(400);
    expect(intuneReadable(r.json)).toMatch(/The VPP token is expired/);
    expect(fake.getVppToken(seedIds.expired)?.lastSyncStatus).toBe('failed');
    expect((await call(fake, 'POST', sync(seedIds.fabrikam))).status).toBe(200);
  });

  it('a repeated sync restarts the timer', async () => {
    const fake = createVppFake({ sync: { durationMs: 1000 } });
    await call(fake, 'POST', sync(seedIds.fabrikam));
    fake.clock.advance(800);
    await call(fake, 'POST', sync(seedIds.fabrikam));
    fake.clock.advance(800);
    expect(fake.getVppToken(seedIds.fabrikam)?.lastSyncStatus).toBe('inProgress');
    fake.clock.advance(200);
    expect(fake.getVppToken(seedIds.fabrikam)?.lastSyncStatus).toBe('completed');
  });

  it('a PATCH to state expired during a sync makes it fail', async () => {
    const fake = createVppFake({ sync: { durationMs: 1000 } });
    await call(fake, 'POST', sync(seedIds.fabrikam));
    await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, { body: { state: 'expired' } });
    fake.clock.advance(1000);
    expect(fake.getVppToken(seedIds.fabrikam)?.lastSyncStatus).toBe('failed');
  });

  it('answers in the docs-wrapped {"value": …} form when asked', async () => {
    const fake = createVppFake({ docsWrappedResponses: true });
    const r = await call(fake, 'POST', sync(seedIds.fabrikam));
    expect(r.json).toEqual({
      value: expect.objectContaining({ id: seedIds.fabrikam, lastSyncStatus: 'inProgress' }),
    });
    const get = await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`);
    expect(get.json.value.id).toBe(seedIds.fabrikam);
  });

  it('refuses docsWrappedResponses for an operation without a docs-wrapped form', () => {
    expect(() => createVppFake({ docsWrappedResponses: ['vppTokens.create'] })).toThrow(
      /no docs-wrapped form/,
    );
  });

  it('fake.clock works as graph-vpp-client Clock: sleep advances and resolves', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    await fake.clock.sleep(2500);
    expect(fake.clock.now()).toBe(fixedStart + 2500);
    expect(() => {
      fake.clock.advance(-1);
    }).toThrow(RangeError);
  });
});
