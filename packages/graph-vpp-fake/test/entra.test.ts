import {
  AzureAuthorityHosts,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
} from '@azure/identity';
import { createVppTokensClient } from 'graph-vpp-client';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAppRegistration, type EntraAppRegistration } from '../src/entries/index.js';
import { setupVppFakeServer } from '../src/entries/node.js';

const tenantId = '3f1b6c0e-0000-4000-8000-0000000e7a01';
const clientId = '6a2d9f10-0000-4000-8000-0000000c1e01';
const clientSecret = 'fake-only-secret-Ab3~xYz.0123456789';
const certClientId = '6a2d9f10-0000-4000-8000-0000000c1e02';
const fedClientId = '6a2d9f10-0000-4000-8000-0000000c1e03';
const roles = ['DeviceManagementServiceConfig.ReadWrite.All'];
const graphScope = 'https://graph.microsoft.com/.default';

const federationKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const fedIssuer = 'https://token.actions.githubusercontent.com';
const fedSubject = 'repo:graph-vpp/graph-vpp:ref:refs/heads/main';
const certificate = selfSignedCertificate();

const apps: EntraAppRegistration[] = [
  { tenantId, clientId, clientSecret, roles },
  { tenantId, clientId: certClientId, certificate: certificate?.cert, roles },
  {
    tenantId,
    clientId: fedClientId,
    federated: {
      issuer: fedIssuer,
      subject: fedSubject,
      publicKey: federationKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    roles,
  },
  demoAppRegistration,
];

const { server, fake } = setupVppFakeServer({ apps });
beforeAll(() => {
  server.listen();
});
afterAll(() => {
  server.close();
});

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Nothing the fake keeps or answers may hold a secret or an assertion. */
function expectNoLeak(...secrets: string[]): void {
  const journal = JSON.stringify(fake.requests);
  for (const secret of secrets) expect(journal).not.toContain(secret);
}

async function signInError(
  credential: { getToken(scope: string): Promise<unknown> },
  scope = graphScope,
) {
  try {
    await credential.getToken(scope);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('sign-in was expected to fail');
}

describe('Entra ID client credentials with the real @azure/identity', () => {
  it('signs in with a client secret and the token names the app, tenant, roles and Graph', async () => {
    const credential = new ClientSecretCredential(tenantId, clientId, clientSecret);
    const token = await credential.getToken(graphScope);
    const claims = claimsOf(token.token);
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      tid: tenantId,
      appid: clientId,
      roles,
      idtyp: 'app',
    });
    const tokenCalls = fake.requests.filter((r) => r.path === `/${tenantId}/oauth2/v2.0/token`);
    expect(tokenCalls.at(-1)?.body).toMatchObject({
      client_secret: '[redacted]',
      grant_type: 'client_credentials',
    });
    expectNoLeak(clientSecret, token.token);
    console.log(
      'MSAL requested:',
      fake.requests.map((r) => `${r.method} ${new URL(r.url).host}${r.path}`),
    );
  });

  it('the issued token is accepted by Graph through graph-vpp-client', async () => {
    const credential = new ClientSecretCredential(tenantId, clientId, clientSecret);
    const client = createVppTokensClient({
      authProvider: {
        authenticateRequest: async (request) => {
          const token = await credential.getToken(graphScope);
          request.headers.add('Authorization', `Bearer ${token.token}`);
        },
      },
    });
    const list = await client.deviceAppManagement.vppTokens.get();
    expect(list?.value?.map((token) => token.organizationName)).toContain('Contoso Ltd');
  });

  it.each([
    [
      'a wrong secret',
      () => new ClientSecretCredential(tenantId, clientId, 'not-the-secret-9f8e7d'),
      'AADSTS7000215',
      graphScope,
    ],
    [
      'an app not registered in the tenant',
      () =>
        new ClientSecretCredential(tenantId, '11111111-0000-4000-8000-000000000000', clientSecret),
      'AADSTS700016',
      graphScope,
    ],
    [
      'an unknown tenant',
      () =>
        new ClientSecretCredential('22222222-0000-4000-8000-000000000000', clientId, clientSecret),
      'AADSTS90002',
      graphScope,
    ],
    [
      'another cloud’s scope',
      () => new ClientSecretCredential(tenantId, clientId, clientSecret),
      'AADSTS70011',
      'https://graph.microsoft.us/.default',
    ],
  ])('refuses %s with the AADSTS code', async (_name, make, code, scope) => {
    const message = await signInError(make(), scope);
    expect(message).toContain(code);
    expect(message).not.toContain(clientSecret);
    expectNoLeak(clientSecret, 'not-the-secret-9f8e7d');
  });

  it('signs in for US Government at login.microsoftonline.us with aud https://graph.microsoft.us', async () => {
    const credential = new ClientSecretCredential(tenantId, clientId, clientSecret, {
      authorityHost: AzureAuthorityHosts.AzureGovernment,
    });
    const token = await credential.getToken('https://graph.microsoft.us/.default');
    expect(claimsOf(token.token).aud).toBe('https://graph.microsoft.us');
    expect(fake.requests.some((r) => new URL(r.url).host === 'login.microsoftonline.us')).toBe(
      true,
    );
  });

  it('signs in with the demo registration', async () => {
    const { tenantId: t, clientId: c, clientSecret: s } = demoAppRegistration;
    const token = await new ClientSecretCredential(t, c, s ?? '').getToken(graphScope);
    expect(claimsOf(token.token)).toMatchObject({
      appid: c,
      tid: t,
      roles: [...demoAppRegistration.roles],
    });
  });

  it('signs in with a certificate (ClientCertificateCredential) and refuses another key', async () => {
    if (!certificate) {
      if (process.env.CI === 'true') throw new Error('openssl is needed for the certificate test');
      console.warn('SKIPPED: ClientCertificateCredential test (no openssl on PATH)');
      return;
    }
    const credential = new ClientCertificateCredential(tenantId, certClientId, {
      certificate: `${certificate.key}\n${certificate.cert}`,
    });
    const token = await credential.getToken(graphScope);
    expect(claimsOf(token.token)).toMatchObject({ appid: certClientId, tid: tenantId });
    const other = selfSignedCertificate();
    const wrong = new ClientCertificateCredential(tenantId, certClientId, {
      certificate: `${other?.key ?? ''}\n${other?.cert ?? ''}`,
    });
    expect(await signInError(wrong)).toContain('AADSTS700027');
    expectNoLeak(certificate.key);
  });

  it('signs in with a federated token (ClientAssertionCredential) and refuses other subjects', async () => {
    const assertion = (subject: string) => () =>
      Promise.resolve(signJwt({ iss: fedIssuer, sub: subject, aud: 'api://AzureADTokenExchange' }));
    const credential = new ClientAssertionCredential(tenantId, fedClientId, assertion(fedSubject));
    const token = await credential.getToken(graphScope);
    expect(claimsOf(token.token)).toMatchObject({ appid: fedClientId, tid: tenantId });
    const stranger = new ClientAssertionCredential(
      tenantId,
      fedClientId,
      assertion('repo:evil/fork:ref:refs/heads/main'),
    );
    expect(await signInError(stranger)).toContain('AADSTS70021');
  });

  it('answers missing parameters and other grants as Entra does', async () => {
    const url = `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`;
    const post = (form: Record<string, string>) =>
      fake.fetch(url, { method: 'POST', body: new URLSearchParams(form) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as Record<string, unknown>,
      }));
    const missing = await post({ grant_type: 'client_credentials', scope: graphScope });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: 'invalid_request', error_codes: [900144] });
    expect(String(missing.body.error_description)).toMatch(
      /^AADSTS900144: .*'client_id'.* Trace ID: .* Correlation ID: .* Timestamp: /,
    );
    const grant = await post({ grant_type: 'password', client_id: clientId, scope: graphScope });
    expect(grant.body).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

function signJwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc({ ...claims, iat: now, exp: now + 600 })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(federationKeys.privateKey);
  return `${unsigned}.${signature.toString('base64url')}`;
}

/** A throwaway self-signed certificate from openssl, or undefined when openssl is missing. */
function selfSignedCertificate(): { cert: string; key: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'entra-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-subj',
        '/CN=graph-vpp-fake test',
        '-days',
        '2',
      ],
      { stdio: 'ignore' },
    );
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
