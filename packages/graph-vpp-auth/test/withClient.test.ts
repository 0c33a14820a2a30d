// End to end: graph-vpp-client with this provider, through the real FetchRequestAdapter and msw.
import {
  createVppTokensClient,
  listVppTokenPages,
  type VppTokensClientOptions,
} from 'graph-vpp-client';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphAuthProvider, GraphAuthError, type TokenCredentialLike } from '../src/index.js';

const graph = 'https://graph.microsoft.com/v1.0';
const tokens = `${graph}/deviceAppManagement/vppTokens`;
const id = '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c';
const vppToken = { id, organizationName: 'Contoso', state: 'valid', lastSyncStatus: 'inProgress' };
const secret = 'eyJ-E2E-SECRET-TOKEN-7777';

const server = setupServer();
const authorizationBy = new Map<string, (string | null)[]>();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    const host = new URL(request.url).host;
    authorizationBy.set(host, [
      ...(authorizationBy.get(host) ?? []),
      request.headers.get('authorization'),
    ]);
  });
});
afterEach(() => {
  server.resetHandlers();
  authorizationBy.clear();
});
afterAll(() => {
  server.close();
});

function credential(tokensInOrder: string[] = [secret]) {
  const calls: { scopes: string | string[]; claims?: string | undefined }[] = [];
  const cred: TokenCredentialLike = {
    getToken: (scopes, options) => {
      calls.push({ scopes, claims: options?.claims });
      const token = tokensInOrder[Math.min(calls.length - 1, tokensInOrder.length - 1)]!;
      return Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3600_000 });
    },
  };
  return { cred, calls };
}

function client(
  authProvider: VppTokensClientOptions['authProvider'],
  options: Partial<VppTokensClientOptions> = {},
) {
  return createVppTokensClient({ authProvider, retry: false, ...options });
}

describe('graph-vpp-auth with graph-vpp-client', () => {
  it('sends the bearer token to Graph on syncLicenses', async () => {
    server.use(http.post(`${tokens}/:id/syncLicenses`, () => HttpResponse.json(vppToken)));
    const { cred, calls } = credential();
    const token = await client(createGraphAuthProvider({ credential: cred }))
      .deviceAppManagement.vppTokens.byVppTokenId(id)
      .syncLicenses.post();
    expect(token?.id).toBe(id);
    expect(authorizationBy.get('graph.microsoft.com')).toEqual([`Bearer ${secret}`]);
    expect(calls).toEqual([
      { scopes: ['https://graph.microsoft.com/.default'], claims: undefined },
    ]);
  });

  it('gives a nextLink on another host no token: the request never leaves', async () => {
    server.use(
      http.get(tokens, () =>
        HttpResponse.json({
          value: [vppToken],
          '@odata.nextLink': 'https://evil.example/v1.0/deviceAppManagement/vppTokens?$skiptoken=2',
        }),
      ),
      http.get('https://evil.example/*', () => HttpResponse.json({ value: [] })),
    );
    const c = client(createGraphAuthProvider({ credential: credential().cred }));
    // Through the raw generated builder (no helper protection): the provider refuses the host.
    const error = await c.deviceAppManagement.vppTokens
      .withUrl('https://evil.example/v1.0/deviceAppManagement/vppTokens?$skiptoken=2')
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect((error as Error).message).toContain('evil.example');
    // Through the paging helper: refused before the auth provider is even asked.
    const pages = listVppTokenPages(c);
    await pages.next();
    await expect(pages.next()).rejects.toThrow(/Refusing @odata\.nextLink/);
    expect(authorizationBy.has('evil.example')).toBe(false);
  });

  it('gives a redirect to another host no token', async () => {
    server.use(
      http.get(
        `${tokens}/:id`,
        () =>
          new HttpResponse(null, {
            status: 307,
            headers: { location: `https://evil.example/steal/${id}` },
          }),
      ),
      http.get('https://evil.example/steal/:id', () => HttpResponse.json(vppToken)),
    );
    await client(createGraphAuthProvider({ credential: credential().cred }))
      .deviceAppManagement.vppTokens.byVppTokenId(id)
      .get();
    expect(authorizationBy.get('graph.microsoft.com')).toEqual([`Bearer ${secret}`]);
    expect(authorizationBy.get('evil.example')).toEqual([null]);
  });

  it('refuses plain http to Graph, sending nothing', async () => {
    const error = await client(createGraphAuthProvider({ accessToken: secret }), {
      baseUrl: 'http://graph.microsoft.com/v1.0',
    })
      .deviceAppManagement.vppTokens.get()
      .catch((e: unknown) => e);
    expect((error as GraphAuthError).code).toBe('insecure-protocol');
    expect(authorizationBy.size).toBe(0);
  });

  it('reaches a local fake over http with allowLocalhost', async () => {
    server.use(
      http.get('http://127.0.0.1:4010/v1.0/deviceAppManagement/vppTokens', () =>
        HttpResponse.json({ value: [] }),
      ),
    );
    const provider = createGraphAuthProvider({ accessToken: secret }, { allowLocalhost: true });
    await client(provider, {
      baseUrl: 'http://127.0.0.1:4010/v1.0',
    }).deviceAppManagement.vppTokens.get();
    expect(authorizationBy.get('127.0.0.1:4010')).toEqual([`Bearer ${secret}`]);
  });

  it('answers a CAE claims challenge with a new token carrying the decoded claims', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    let first = true;
    server.use(
      http.post(`${tokens}/:id/syncLicenses`, () => {
        if (!first) return HttpResponse.json(vppToken);
        first = false;
        return HttpResponse.json(
          { error: { code: 'InvalidAuthenticationToken', message: 'CAE challenge' } },
          {
            status: 401,
            headers: {
              'www-authenticate': `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`,
            },
          },
        );
      }),
    );
    const { cred, calls } = credential(['token-before-cae', 'token-after-cae']);
    await client(createGraphAuthProvider({ credential: cred }))
      .deviceAppManagement.vppTokens.byVppTokenId(id)
      .syncLicenses.post();
    expect(authorizationBy.get('graph.microsoft.com')).toEqual([
      'Bearer token-before-cae',
      'Bearer token-after-cae',
    ]);
    expect(calls.map((c) => c.claims)).toEqual([undefined, claims]);
  });

  it('makes exactly one token request for 1,000 parallel calls on a cold cache', async () => {
    server.use(http.get(`${tokens}/:id`, () => HttpResponse.json(vppToken)));
    const { cred, calls } = credential();
    const c = client(createGraphAuthProvider({ credential: cred }));
    const results = await Promise.all(
      Array.from({ length: 1000 }, () => c.deviceAppManagement.vppTokens.byVppTokenId(id).get()),
    );
    expect(results).toHaveLength(1000);
    expect(calls).toHaveLength(1);
    expect(new Set(authorizationBy.get('graph.microsoft.com'))).toEqual(
      new Set([`Bearer ${secret}`]),
    );
  });
});
