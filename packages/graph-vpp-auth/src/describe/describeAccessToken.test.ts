import { describe, expect, it } from 'vitest';
import { appOnlyToken, delegatedToken, tenant } from '../../test/support/jwt.js';
import {
  seedVppTokenPermissions,
  vppTokenPermissions,
} from '../permissions/vppTokenPermissions.js';
import { describeAccessToken, personalAccountTenantId } from './describeAccessToken.js';

describe('describeAccessToken', () => {
  it('describes a delegated work or school token with the right scope as fine', () => {
    const token = delegatedToken({ exp: 2_000_000_000 });
    const description = describeAccessToken(token, { now: 1_900_000_000_000 });
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

  it('accepts an app-only token with a granted app role, as today’s Graph does', () => {
    const description = describeAccessToken(appOnlyToken());
    expect(description.identity).toBe('app-only');
    expect(description.roles).toEqual(['DeviceManagementServiceConfig.ReadWrite.All']);
    expect(description.problems).toEqual([]);
    expect(describeAccessToken(appOnlyToken({ idtyp: undefined })).identity).toBe('app-only');
  });

  it('names the app role an app-only token is missing, judging roles and not scp', () => {
    const token = appOnlyToken({ roles: ['DeviceManagementApps.Read.All'] });
    expect(describeAccessToken(token).problems).toEqual([
      "the token's app roles (DeviceManagementApps.Read.All) include none this operation accepts: grant the app the application permission one of DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementApps.ReadWrite.All, have an administrator consent, and request a new token for the cloud's .default scope",
    ]);
    // The same role is enough to read.
    expect(describeAccessToken(token, { accepted: vppTokenPermissions.read }).problems).toEqual([]);
    // A delegated-looking scope on an app token does not count.
    expect(describeAccessToken(appOnlyToken({ roles: [], scp: undefined })).problems[0]).toMatch(
      /app roles \(none\) include none/,
    );
  });

  it('explains, under the seed’s rule, that app-only tokens are refused whatever they carry', () => {
    expect(
      describeAccessToken(appOnlyToken(), { accepted: seedVppTokenPermissions.write }).problems,
    ).toEqual([
      'this is an app-only token, and this operation does not accept application permissions; sign in as a work or school account with DeviceManagementServiceConfig.ReadWrite.All',
    ]);
  });

  it('treats a user token that also carries app roles as delegated', () => {
    const description = describeAccessToken(delegatedToken({ roles: ['Admin'], scp: 'User.Read' }));
    expect(description.identity).toBe('delegated');
    expect(description.problems[0]).toMatch(/delegated scopes \(User\.Read\)/);
  });

  it('explains a personal account, a missing scope, expiry and a foreign audience', () => {
    const d = describeAccessToken(
      delegatedToken({
        tid: personalAccountTenantId,
        scp: 'User.Read',
        exp: 100,
        aud: 'api://other',
      }),
      { now: 200_000 },
    );
    expect(d.personalAccount).toBe(true);
    expect(d.expired).toBe(true);
    expect(d.problems).toEqual([
      'this token is for a personal Microsoft account; this API supports only work or school accounts',
      "the token's delegated scopes (User.Read) include none this operation accepts: it needs one of DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementApps.ReadWrite.All",
      'the token expired at 1970-01-01T00:01:40.000Z',
      'the token is for api://other, not Microsoft Graph',
    ]);
  });

  it('compares permission names case-insensitively', () => {
    const token = delegatedToken({ scp: 'devicemanagementapps.readwrite.all' });
    expect(describeAccessToken(token).problems).toEqual([]);
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
