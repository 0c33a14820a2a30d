import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { call, seedIds, tokensPath } from './support/requests.js';

describe(
  'throttling (off by default; Intune limits per app per tenant, sliding window on the fake clock)',
  { timeout: 30_000 },
  () => {
    it('is off by default', async () => {
      const fake = createVppFake();
      const token = fake.mintAccessToken();
      for (let i = 0; i < 120; i++) {
        expect(
          (await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, { token, body: {} }))
            .status,
        ).toBe(200);
      }
    });

    it('allows 100 writes per 20 s, then 429 with Retry-After and the throttling body', async () => {
      const fake = createVppFake({ throttling: true });
      const token = fake.mintAccessToken();
      for (let i = 0; i < 100; i++) {
        fake.clock.advance(10);
        expect(
          (await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, { token, body: {} }))
            .status,
        ).toBe(200);
      }
      const r = await call(fake, 'POST', `${tokensPath}/${seedIds.fabrikam}/syncLicenses`, {
        token,
      });
      expect(r.status).toBe(429);
      // The first write was at +10 ms and the 101st at +1000 ms: a slot frees at 20.01 s - 1 s.
      expect(r.headers.get('retry-after')).toBe('19.01');
      expect(r.json).toEqual({
        error: {
          code: 'TooManyRequests',
          innerError: {
            code: '429',
            date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
            message: 'Please retry after',
            'request-id': r.headers.get('request-id'),
            status: '429',
          },
          message: 'Please retry again later.',
        },
      });
      // Reads still have budget; another app or tenant has its own budget.
      expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(200);
      expect(
        (
          await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
            token: fake.mintAccessToken({ appId: 'other-app' }),
            body: {},
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
            token: fake.mintAccessToken({ tenantId: 'other-tenant' }),
            body: {},
          })
        ).status,
      ).toBe(200);
      fake.clock.advance(19_010);
      expect(
        (await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, { token, body: {} }))
          .status,
      ).toBe(200);
      expect(
        (await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, { token, body: {} }))
          .status,
      ).toBe(429);
    });

    it('allows 1000 requests of any kind per 20 s', async () => {
      const fake = createVppFake({ throttling: true });
      const token = fake.mintAccessToken();
      for (let i = 0; i < 1000; i++)
        await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`, { token });
      const r = await call(fake, 'GET', tokensPath, { token });
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('20');
    });

    it('takes custom limits and resets with reset()', async () => {
      const fake = createVppFake({ throttling: { windowMs: 1000, requestsPerWindow: 2 } });
      const token = fake.mintAccessToken();
      await call(fake, 'GET', tokensPath, { token });
      await call(fake, 'GET', tokensPath, { token });
      expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(429);
      fake.reset();
      expect((await call(fake, 'GET', tokensPath, { token: fake.mintAccessToken() })).status).toBe(
        200,
      );
    });
  },
);
