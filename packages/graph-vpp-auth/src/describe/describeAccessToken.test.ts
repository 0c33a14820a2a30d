import { describe, expect, it } from 'vitest';
import { appOnlyToken, delegatedToken, tenant } from '../../test/support/jwt.js';
import { describeAccessToken, personalAccountTenantId } from './describeAccessToken.js';

describe('describeAccessToken', () => {
  it('describes a delegated work or school token with the right scope as fine', () => {
    const token = delegatedToken({ exp: 2_000_000_000 });
    const description = describeAccessToken(token, 1_900_000_000_000);
    expect(description).toEqual({
      format: 'jwt',
      identity: 'delegated',
      audience: 'https://graph.microsoft.com',
      tenantId: tenant,
      personalAccount: false,
      user: 'admin@contoso.example',
      appId: '22222222-2222-2222-2222-222222222222',
      expiresAt: new Date(2_000_000_000_000),
      expired: false,
      scopes: ['DeviceManagementServiceConfig.ReadWrite.All'],
      roles: [],
      problems: [],
    });
    expect(JSON.stringify(description)).not.toContain(token);
  });

  it('explains an app-only token', () => {
    expect(describeAccessToken(appOnlyToken()).problems).toEqual([
      'this is an app-only token; this API needs a delegated work or school account with DeviceManagementServiceConfig.ReadWrite.All',
    ]);
    expect(describeAccessToken(appOnlyToken({ idtyp: undefined })).identity).toBe('app-only');
  });

  it('treats a user token that also carries app roles as delegated', () => {
    expect(describeAccessToken(delegatedToken({ roles: ['Admin'] })).identity).toBe('delegated');
  });

  it('explains a personal account, a missing scope, expiry and a foreign audience', () => {
    const d = describeAccessToken(
      delegatedToken({
        tid: personalAccountTenantId,
        scp: 'User.Read',
        exp: 100,
        aud: 'api://other',
      }),
      200_000,
    );
    expect(d.personalAccount).toBe(true);
    expect(d.expired).toBe(true);
    expect(d.problems).toEqual([
      'this token is for a personal Microsoft account; this API supports only work or school accounts',
      "the token's delegated scopes (User.Read) do not include DeviceManagementServiceConfig.ReadWrite.All",
      'the token expired at 1970-01-01T00:01:40.000Z',
      'the token is for api://other, not Microsoft Graph',
    ]);
  });

  it.each(['EwBwA8l6BAAU-opaque', 'a.b', 'x.%%%.y', '', 'a.bm90IGpzb24.c'])(
    'tolerates the opaque token %j',
    (token) => {
      const d = describeAccessToken(token);
      expect(d.format).toBe('opaque');
      expect(d.identity).toBe('unknown');
      expect(d.problems[0]).toMatch(/not a JWT/);
    },
  );
});
