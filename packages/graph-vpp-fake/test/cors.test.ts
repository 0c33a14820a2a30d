import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { call, graphRoot, seedIds, tokensPath } from './support/requests.js';

const origin = 'http://localhost:5173';

async function preflight(path: string, method: string, requestHeaders: string) {
  const fake = createVppFake();
  const response = await fake.fetch(`${graphRoot}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': requestHeaders,
    },
  });
  return { fake, response };
}

describe('CORS', () => {
  it('answers a preflight with 204, no token, the route methods and the requested headers', async () => {
    const { fake, response } = await preflight(
      `${tokensPath}/${seedIds.fabrikam}/syncLicenses`,
      'POST',
      'authorization, content-type, client-request-id, x-custom-thing',
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const name of [
      'authorization',
      'content-type',
      'client-request-id',
      'consistencylevel',
      'x-custom-thing',
    ]) {
      expect(allowed.split(', ')).toContain(name);
    }
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('lists every method of a path with several operations', async () => {
    const { response } = await preflight(
      `${tokensPath}/${seedIds.fabrikam}`,
      'PATCH',
      'authorization',
    );
    expect(response.headers.get('access-control-allow-methods')?.split(', ')).toEqual(
      expect.arrayContaining(['GET', 'PATCH', 'DELETE', 'OPTIONS']),
    );
  });

  it('adds CORS headers to successes and to 401 errors when the request has an Origin', async () => {
    const fake = createVppFake();
    const ok = await call(fake, 'GET', tokensPath, { headers: { origin } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    expect(ok.headers.get('vary')).toContain('Origin');
    const exposed =
      ok.headers.get('access-control-expose-headers')?.toLowerCase().split(', ') ?? [];
    for (const name of [
      'retry-after',
      'request-id',
      'client-request-id',
      'www-authenticate',
      'date',
      'location',
      'etag',
    ]) {
      expect(exposed).toContain(name);
    }
    const denied = await call(fake, 'GET', tokensPath, { token: null, headers: { origin } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('adds nothing for a request without an Origin (server-side callers)', async () => {
    const r = await call(createVppFake(), 'GET', tokensPath);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
});
