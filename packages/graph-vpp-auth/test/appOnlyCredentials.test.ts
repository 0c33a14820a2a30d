// App-only (unattended) sign-in with the real @azure/identity credentials, in every national
// cloud: each credential is pointed at its cloud's sign-in host (graphClouds[cloud].loginAuthority)
// and asked, through createGraphAuthProvider, for that cloud's `.default` scope. msw plays the
// token endpoints (the in-process interception of Node's https/fetch), and Graph.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  EnvironmentCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { createVppTokensClient } from 'graph-vpp-client';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphAuthProvider,
  describeAccessToken,
  graphClouds,
  type GraphCloud,
} from '../src/index.js';
import { appOnlyToken, tenant } from './support/jwt.js';

const clientId = '33333333-3333-3333-3333-333333333333';
const clientSecret = 'app-secret-NEVER-SENT-TO-GRAPH';
const certificatePath = new URL('./support/fixtures/test-only-certificate.pem', import.meta.url)
  .pathname;
const clouds = Object.keys(graphClouds) as GraphCloud[];

/**
 * Where MSAL actually sends the token request. For China it swaps the documented authority host
 * for its preferred alias from MSAL's built-in cloud metadata (msal-node 5.6, as used by
 * @azure/identity 4.13.1), so a firewall rule or a fake must allow both hosts there.
 */
const tokenHostOf = (cloud: GraphCloud) =>
  cloud === 'china' ? 'login.partner.microsoftonline.cn' : graphClouds[cloud].loginHost;

interface Seen {
  url: URL;
  body: string;
  authorization: string | null;
}
const seen: Seen[] = [];
const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => {
  server.close();
});

/** Records the request (body included) before answering it, so no record arrives late. */
async function record(request: Request): Promise<void> {
  seen.push({
    url: new URL(request.url),
    body: await request.clone().text(),
    authorization: request.headers.get('authorization'),
  });
}

/** Entra's token endpoint and Graph's list, for one cloud; the issued token names the app's roles. */
function playCloud(cloud: GraphCloud) {
  const info = graphClouds[cloud];
  const accessToken = appOnlyToken({
    aud: `https://${info.host}`,
    appid: clientId,
    roles: ['DeviceManagementServiceConfig.ReadWrite.All'],
  });
  const tokenAnswer = async ({ request }: { request: Request }) => {
    await record(request);
    return HttpResponse.json({ token_type: 'Bearer', expires_in: 3599, access_token: accessToken });
  };
  server.use(
    http.post(`https://${tokenHostOf(cloud)}/:tenant/oauth2/v2.0/token`, tokenAnswer),
    // Managed identity (Azure VM / IMDS) asks for a resource, not a scope.
    http.get('http://169.254.169.254/metadata/identity/oauth2/token', async ({ request }) => {
      await record(request);
      return HttpResponse.json({
        access_token: accessToken,
        expires_in: '3599',
        expires_on: String(Math.floor(Date.now() / 1000) + 3599),
        resource: `https://${info.host}`,
        token_type: 'Bearer',
      });
    }),
    http.get(`${info.graphBaseUrl}/deviceAppManagement/vppTokens`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ value: [{ id: 'vpp-1', state: 'valid' }] });
    }),
  );
  return { info, accessToken };
}

async function listWith(credential: TokenCredential, cloud: GraphCloud) {
  const client = createVppTokensClient({
    authProvider: createGraphAuthProvider({ credential }, { cloud }),
    baseUrl: graphClouds[cloud].graphBaseUrl,
  });
  return client.deviceAppManagement.vppTokens.get();
}

function expectGraphCalledWith(cloud: GraphCloud, accessToken: string) {
  const graphCalls = seen.filter((s) => s.url.hostname === graphClouds[cloud].host);
  expect(graphCalls).toHaveLength(1);
  expect(graphCalls[0]?.authorization).toBe(`Bearer ${accessToken}`);
  const description = describeAccessToken(accessToken);
  expect(description.identity).toBe('app-only');
  expect(description.problems).toEqual([]);
}

function tokenRequest(cloud: GraphCloud) {
  const requests = seen.filter(
    (s) => s.url.hostname === tokenHostOf(cloud) && s.url.pathname.endsWith('/token'),
  );
  expect(requests).toHaveLength(1);
  const request = requests[0]!;
  return { path: request.url.pathname, form: new URLSearchParams(request.body) };
}

describe.each(clouds)('app-only sign-in in the %s cloud', (cloud) => {
  it('ClientSecretCredential: client credentials at the cloud’s login host, for its .default', async () => {
    const { info, accessToken } = playCloud(cloud);
    const credential = new ClientSecretCredential(tenant, clientId, clientSecret, {
      authorityHost: info.loginAuthority,
    });
    expect((await listWith(credential, cloud))?.value?.[0]?.id).toBe('vpp-1');
    const { path: tokenPath, form } = tokenRequest(cloud);
    expect(tokenPath).toBe(`/${tenant}/oauth2/v2.0/token`);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe(info.defaultScope);
    expect(form.get('client_id')).toBe(clientId);
    expect(form.get('client_secret')).toBe(clientSecret);
    expectGraphCalledWith(cloud, accessToken);
    expect(
      seen
        .filter((s) => s.url.hostname === info.host)
        .map((s) => `${s.body}${s.authorization ?? ''}`),
    ).not.toContainEqual(expect.stringContaining(clientSecret));
  });

  it('ClientCertificateCredential: a signed client assertion instead of a secret', async () => {
    const { info, accessToken } = playCloud(cloud);
    const credential = new ClientCertificateCredential(
      tenant,
      clientId,
      { certificatePath },
      { authorityHost: info.loginAuthority },
    );
    await listWith(credential, cloud);
    const { form } = tokenRequest(cloud);
    expect(form.get('scope')).toBe(info.defaultScope);
    expect(form.get('client_secret')).toBeNull();
    expect(form.get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    );
    const [header, payload] = (form.get('client_assertion') ?? '').split('.');
    const assertionHeader = JSON.parse(Buffer.from(header ?? '', 'base64url').toString()) as {
      alg?: unknown;
    };
    expect(assertionHeader.alg).toMatch(/^(RS|PS)256$/);
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({
      iss: clientId,
      sub: clientId,
      aud: `https://${tokenHostOf(cloud)}/${tenant}/oauth2/v2.0/token`,
    });
    expectGraphCalledWith(cloud, accessToken);
  });

  it('WorkloadIdentityCredential: the federated token file as the client assertion', async () => {
    const { info, accessToken } = playCloud(cloud);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'graph-vpp-auth-wif-'));
    const tokenFilePath = path.join(dir, 'token');
    writeFileSync(tokenFilePath, 'federated.kubernetes.jwt');
    try {
      const credential = new WorkloadIdentityCredential({
        tenantId: tenant,
        clientId,
        tokenFilePath,
        authorityHost: info.loginAuthority,
      });
      await listWith(credential, cloud);
      const { form } = tokenRequest(cloud);
      expect(form.get('scope')).toBe(info.defaultScope);
      expect(form.get('client_assertion')).toBe('federated.kubernetes.jwt');
      expectGraphCalledWith(cloud, accessToken);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('EnvironmentCredential: AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_AUTHORITY_HOST', async () => {
    const { info, accessToken } = playCloud(cloud);
    const keys = [
      'AZURE_TENANT_ID',
      'AZURE_CLIENT_ID',
      'AZURE_CLIENT_SECRET',
      'AZURE_AUTHORITY_HOST',
    ];
    const saved = keys.map((k) => [k, process.env[k]] as const);
    Object.assign(process.env, {
      AZURE_TENANT_ID: tenant,
      AZURE_CLIENT_ID: clientId,
      AZURE_CLIENT_SECRET: clientSecret,
      AZURE_AUTHORITY_HOST: info.loginAuthority,
    });
    try {
      await listWith(new EnvironmentCredential(), cloud);
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) Reflect.deleteProperty(process.env, k);
        else process.env[k] = v;
      }
    }
    const { form } = tokenRequest(cloud);
    expect(form.get('scope')).toBe(info.defaultScope);
    expect(form.get('client_secret')).toBe(clientSecret);
    expectGraphCalledWith(cloud, accessToken);
  });

  it('ManagedIdentityCredential: IMDS is asked for the cloud’s Graph resource', async () => {
    const { info, accessToken } = playCloud(cloud);
    await listWith(new ManagedIdentityCredential({ clientId }), cloud);
    const imds = seen.filter((s) => s.url.hostname === '169.254.169.254');
    expect(imds.length).toBeGreaterThanOrEqual(1);
    const last = imds[imds.length - 1]!.url;
    expect(last.searchParams.get('resource')).toBe(`https://${info.host}`);
    expect(last.searchParams.get('client_id')).toBe(clientId);
    expectGraphCalledWith(cloud, accessToken);
  });
});

it('the certificate fixture is a test-only self-signed pair', () => {
  const pem = readFileSync(certificatePath, 'utf8');
  expect(pem).toContain('BEGIN PRIVATE KEY');
  expect(pem).toContain('BEGIN CERTIFICATE');
});
