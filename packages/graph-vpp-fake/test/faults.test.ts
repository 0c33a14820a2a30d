import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { call, seedIds, tokensPath } from './support/requests.js';

describe('failNext and latency', () => {
  it('fails the next request to one operation, `times` times, then recovers', async () => {
    const fake = createVppFake();
    fake.failNext({ status: 503, times: 2, retryAfter: 1.5, operation: 'vppTokens.syncLicenses' });
    expect((await call(fake, 'GET', tokensPath)).status).toBe(200);
    const path = `${tokensPath}/${seedIds.fabrikam}/syncLicenses`;
    const first = await call(fake, 'POST', path);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1.5');
    expect(first.json.error.code).toBe('ServiceUnavailable');
    expect((await call(fake, 'POST', path)).status).toBe(503);
    expect((await call(fake, 'POST', path)).status).toBe(200);
  });

  it('defaults to any operation once; a 429 uses the throttling body and Retry-After 0', async () => {
    const fake = createVppFake();
    fake.failNext({ status: 429 });
    const r = await call(fake, 'DELETE', `${tokensPath}/${seedIds.fabrikam}`);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('0');
    expect(r.json.error.message).toBe('Please retry again later.');
    expect(fake.getVppToken(seedIds.fabrikam)).toBeDefined();
    expect((await call(fake, 'GET', tokensPath)).status).toBe(200);
  });

  it('takes a custom code and message for 4xx in Intune form', async () => {
    const fake = createVppFake();
    fake.failNext({ status: 409, code: 'Conflict', message: 'Busy', operation: 'all' });
    const r = await call(fake, 'GET', tokensPath);
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('Conflict');
    expect(JSON.parse(r.json.error.message).Message).toMatch(/^Busy - Operation ID/);
  });

  it('validates its arguments', () => {
    const fake = createVppFake();
    expect(() => {
      fake.failNext({ status: 200 });
    }).toThrow(/400-599/);
    expect(() => {
      fake.failNext({ status: 500, operation: 'vppTokens.nope' });
    }).toThrow(/unknown operation/);
    expect(() => {
      fake.failNext({ status: 500, times: 0 });
    }).toThrow(/positive integer/);
  });

  it('delays responses by latencyMs of real time', async () => {
    const fake = createVppFake({ latencyMs: 50 });
    const started = performance.now();
    await call(fake, 'GET', tokensPath);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});
