import { describe, expect, it } from 'vitest';
import { createVppFake, personalAccountTenantId } from '../src/entries/index.js';
import { call, fixedStart, intuneReadable, seedIds, tokensPath } from './support/requests.js';

const wwwAuthenticate =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

describe('authentication (401 InvalidAuthenticationToken)', () => {
  const fake = createVppFake({ startTime: fixedStart });

  it.each([
    ['no Authorization header', null, 'Access token is empty.'],
    ['an empty bearer', '', 'Access token is empty.'],
    [
      'a token that is not a JWT',
      'not-a-jwt',
      'CompactToken parsing failed with error code: 80049217',
    ],
    [
      'a JWT with a non-JSON payload',
      'eyJhbGciOiJub25lIn0.bm90IGpzb24.',
      'CompactToken parsing failed with error code: 80049217',
    ],
  ])('%s', async (_name, token, message) => {
    const r = await call(fake, 'GET', tokensPath, { token });
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('InvalidAuthenticationToken');
    expect(r.json.error.message).toBe(message);
    expect(r.headers.get('www-authenticate')).toBe(wwwAuthenticate);
  });

  it('rejects a token that has expired on the fake clock, and never echoes it', async () => {
    const token = fake.mintAccessToken({ expiresInSeconds: 60 });
    expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(200);
    fake.clock.advance(60_000);
    const r = await call(fake, 'GET', tokensPath, { token });
    expect(r.status).toBe(401);
    expect(r.json.error.message).toBe('Lifetime validation failed, the token is expired.');
    expect(r.text).not.toContain(token.slice(0, 20));
    expect(JSON.stringify(fake.requests)).not.toContain(token.slice(0, 20));
  });

  it('rejects a token for another audience', async () => {
    const r = await call(fake, 'GET', tokensPath, {
      token: fake.mintAccessToken({ audience: 'https://management.azure.com' }),
    });
    expect(r.status).toBe(401);
  });
});

describe('authorization (403 Forbidden, from the spec permission sets)', () => {
  const fake = createVppFake({ startTime: fixedStart });

  it('lets a read scope list but not sync', async () => {
    const token = fake.mintAccessToken({ scopes: ['DeviceManagementApps.Read.All'] });
    expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(200);
    const r = await call(fake, 'POST', `${tokensPath}/${seedIds.fabrikam}/syncLicenses`, { token });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('Forbidden');
    expect(intuneReadable(r.json)).toMatch(
      /^Application is not authorized to perform this operation\. Application must have one of the following scopes: DeviceManagementServiceConfig\.ReadWrite\.All, DeviceManagementApps\.ReadWrite\.All - Operation ID \(for customer support\): [0-9a-f-]{36} - Activity ID: [0-9a-f-]{36} - Url: https:\/\/fef\.msub02\.manage\.microsoft\.com\//,
    );
    const inner = JSON.parse(r.json.error.message);
    expect(inner).toMatchObject({
      _version: 3,
      CustomApiErrorPhrase: '',
      RetryAfter: null,
      ErrorSourceService: '',
      HttpHeaders: '{}',
    });
  });

  it('accepts either write scope for writes', async () => {
    for (const scope of [
      'DeviceManagementServiceConfig.ReadWrite.All',
      'DeviceManagementApps.ReadWrite.All',
    ]) {
      const r = await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
        token: fake.mintAccessToken({ scopes: [scope] }),
        body: { automaticallyUpdateApps: true },
      });
      expect(r.status).toBe(200);
    }
  });

  it('refuses a token with no matching scope', async () => {
    const r = await call(fake, 'GET', tokensPath, {
      token: fake.mintAccessToken({ scopes: ['User.Read'] }),
    });
    expect(r.status).toBe(403);
  });

  it('refuses an app-only token without application roles', async () => {
    const r = await call(fake, 'GET', tokensPath, {
      token: fake.mintAccessToken({ appOnly: true, scopes: [] }),
    });
    expect(r.status).toBe(403);
    expect(intuneReadable(r.json)).toMatch(/app only context/);
  });

  it('reads a token with roles and no scp as app-only', async () => {
    const header = btoa(JSON.stringify({ alg: 'none' })).replace(/=+$/, '');
    const payload = btoa(
      JSON.stringify({
        aud: 'https://graph.microsoft.com',
        exp: fixedStart / 1000 + 600,
        tid: '11111111-1111-4111-8111-111111111111',
        appid: 'a',
        roles: ['User.Read.All'],
      }),
    ).replace(/=+$/, '');
    const r = await call(fake, 'GET', tokensPath, { token: `${header}.${payload}.` });
    expect(r.status).toBe(403);
    expect(intuneReadable(r.json)).toMatch(/app only context.*one of the following roles/);
  });
  it('refuses personal Microsoft accounts', async () => {
    const token = fake.mintAccessToken({ personal: true });
    const claims = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims.tid).toBe(personalAccountTenantId);
    const r = await call(fake, 'GET', tokensPath, { token });
    expect(r.status).toBe(403);
    expect(intuneReadable(r.json)).toMatch(/Personal Microsoft accounts are not supported/);
  });

  it('mints unsigned alg:none JWTs with the default write scope', () => {
    const [header, payload, signature] = fake.mintAccessToken().split('.');
    expect(JSON.parse(atob(header!))).toEqual({ alg: 'none', typ: 'JWT' });
    expect(
      JSON.parse(
        atob(
          payload!.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((payload!.length + 3) % 4),
        ),
      ),
    ).toMatchObject({
      scp: 'DeviceManagementServiceConfig.ReadWrite.All',
      idtyp: 'user',
      exp: fixedStart / 1000 + 3600,
    });
    expect(signature).toBe('');
  });
});

describe('clock skew', () => {
  it('accepts a token up to 5 minutes before its nbf, not later', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    const later = createVppFake({ startTime: fixedStart + 300_000 });
    expect((await call(fake, 'GET', tokensPath, { token: later.mintAccessToken() })).status).toBe(
      200,
    );
    const tooEarly = createVppFake({ startTime: fixedStart + 301_000 }).mintAccessToken();
    const r = await call(fake, 'GET', tokensPath, { token: tooEarly });
    expect(r.status).toBe(401);
    expect(r.json.error.message).toBe('Access token has expired or is not yet valid.');
  });
});

const readRoles = [
  'DeviceManagementServiceConfig.Read.All',
  'DeviceManagementServiceConfig.ReadWrite.All',
  'DeviceManagementApps.Read.All',
  'DeviceManagementApps.ReadWrite.All',
];
const writeRoles = [
  'DeviceManagementServiceConfig.ReadWrite.All',
  'DeviceManagementApps.ReadWrite.All',
];
const syncPath = `${tokensPath}/${seedIds.contosoBusiness}/syncLicenses`;

describe("permissions: 'current' (today's Graph docs, the default)", () => {
  const fake = createVppFake({ startTime: fixedStart });

  it.each(readRoles)('an app-only token with %s reads vppTokens', async (role) => {
    const token = fake.mintAccessToken({ appOnly: true, scopes: [role] });
    expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(200);
  });

  it.each(writeRoles)('an app-only token with %s syncs', async (role) => {
    fake.reset();
    const token = fake.mintAccessToken({ appOnly: true, scopes: [role] });
    expect((await call(fake, 'POST', syncPath, { token })).status).toBe(200);
  });

  it.each(readRoles.filter((role) => !writeRoles.includes(role)))(
    'an app-only token with only %s may not sync, and is told which roles would do',
    async (role) => {
      const token = fake.mintAccessToken({ appOnly: true, scopes: [role] });
      const r = await call(fake, 'POST', syncPath, { token });
      expect(r.status).toBe(403);
      expect(intuneReadable(r.json)).toContain(writeRoles.join(', '));
    },
  );

  it("a delegated token with DeviceManagementApps.Read.All reads (today's docs list it)", async () => {
    const token = fake.mintAccessToken({ scopes: ['DeviceManagementApps.Read.All'] });
    expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(200);
  });
});

describe("permissions: 'seed' (the 2018 docs page)", () => {
  const fake = createVppFake({ startTime: fixedStart, permissions: 'seed' });

  it.each([
    ...readRoles.map((role) => ['GET', tokensPath, role]),
    ...writeRoles.map((role) => ['POST', syncPath, role]),
  ])('refuses every app-only token: %s %s with %s', async (method, path, role) => {
    const token = fake.mintAccessToken({ appOnly: true, scopes: [role] });
    const r = await call(fake, method, path, { token });
    expect(r.status).toBe(403);
    expect(intuneReadable(r.json)).toMatch(/app only context/);
  });

  it.each([
    ['DeviceManagementServiceConfig.Read.All', 200],
    ['DeviceManagementApps.Read.All', 403],
    ['DeviceManagementApps.ReadWrite.All', 403],
  ] as const)(
    'delegated %s on a read answers %i (the seed names ServiceConfig only)',
    async (scope, status) => {
      const token = fake.mintAccessToken({ scopes: [scope] });
      expect((await call(fake, 'GET', tokensPath, { token })).status).toBe(status);
    },
  );

  it('refuses an unknown edition with a clear error', () => {
    expect(() => createVppFake({ permissions: 'latest' as never })).toThrow(
      /permissions must be 'current'.*or 'seed'/,
    );
  });
});
