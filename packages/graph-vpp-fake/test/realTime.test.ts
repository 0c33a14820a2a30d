import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { startVppFakeServer } from '../src/entries/server.js';
import { seedIds } from './support/requests.js';

describe('realTime', () => {
  it('createVppFake keeps a manual clock by default: time does not pass by itself', async () => {
    const fake = createVppFake({ startTime: '2026-01-01T00:00:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.clock.now()).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('createVppFake({ realTime: true }) follows the wall clock', async () => {
    const fake = createVppFake({ startTime: '2026-01-01T00:00:00Z', realTime: true });
    const start = fake.clock.now();
    await expect.poll(() => fake.clock.now()).toBeGreaterThan(start);
  });

  it('the standalone server follows real time by default: a sync settles unaided', async () => {
    const running = await startVppFakeServer({ sync: { durationMs: 5 } });
    try {
      const headers = { authorization: `Bearer ${running.fake.mintAccessToken()}` };
      const tokenUrl = `${running.baseUrl}/deviceAppManagement/vppTokens/${seedIds.contosoBusiness}`;
      expect((await fetch(`${tokenUrl}/syncLicenses`, { method: 'POST', headers })).status).toBe(
        200,
      );
      await expect
        .poll(() => running.fake.getVppToken(seedIds.contosoBusiness)?.lastSyncStatus)
        .toBe('completed');
    } finally {
      await running.close();
    }
  });
});
