// Unsigned test JWTs (alg none). The client never verifies signatures, so these suffice.
const b64u = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function fakeJwt(payload: Record<string, unknown>): string {
  return `${b64u({ typ: 'JWT', alg: 'none' })}.${b64u(payload)}.`;
}

export const tenant = '11111111-1111-1111-1111-111111111111';
const nowSeconds = () => Math.floor(Date.now() / 1000);

export function delegatedToken(overrides: Record<string, unknown> = {}): string {
  return fakeJwt({
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${tenant}/`,
    tid: tenant,
    exp: nowSeconds() + 3600,
    ver: '1.0',
    appid: '22222222-2222-2222-2222-222222222222',
    upn: 'admin@contoso.example',
    idtyp: 'user',
    scp: 'DeviceManagementServiceConfig.ReadWrite.All',
    ...overrides,
  });
}

export function appOnlyToken(overrides: Record<string, unknown> = {}): string {
  return fakeJwt({
    aud: 'https://graph.microsoft.com',
    tid: tenant,
    exp: nowSeconds() + 3600,
    appid: '22222222-2222-2222-2222-222222222222',
    idtyp: 'app',
    roles: ['DeviceManagementServiceConfig.ReadWrite.All'],
    ...overrides,
  });
}
