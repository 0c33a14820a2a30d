// graph-vpp-auth's host policy is what graph-vpp-client's last hop enforces: the same
// allowedHosts / cloud / allowLocalhost rules, for the first request and every redirect.
import { createVppTokensClient, nationalGraphHosts, TokenEgressError } from 'graph-vpp-client';
import { describe, expect, it } from 'vitest';
import { createGraphAuthProvider, GraphAuthError, graphClouds } from '../../src/index.js';

const accessToken = 'auth-egress-SECRET-token';
const id = '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c';
const ok = () => Response.json({ id });

function recorder(answer: (url: string, hop: number) => Response = ok) {
  const sent: { url: string; authorized: boolean }[] = [];
  const fetch = (url: string, init: RequestInit) => {
    sent.push({ url, authorized: new Headers(init.headers).has('authorization') });
    return Promise.resolve(answer(url, sent.length - 1));
  };
  return { fetch, sent };
}

describe('the client enforces the auth provider’s policy', () => {
  it('knows the same national Graph hosts as graphClouds', () => {
    expect([...nationalGraphHosts].sort()).toEqual(
      Object.values(graphClouds)
        .map((c) => c.host)
        .sort(),
    );
  });

  it('exposes hostPolicy with the same verdicts as authenticateRequest', () => {
    const provider = createGraphAuthProvider(
      { accessToken },
      { cloud: 'usGov', allowedHosts: ['graph.contoso-proxy.example'], allowLocalhost: true },
    );
    const verdicts = [
      'https://graph.microsoft.us/v1.0',
      'https://graph.contoso-proxy.example/v1.0',
      'http://localhost:3000/v1.0',
      'https://graph.microsoft.com/v1.0', // another cloud
      'http://graph.microsoft.us/v1.0',
      'https://u@graph.microsoft.us/v1.0',
      '/relative',
    ].map((url) => provider.hostPolicy.isAllowed(url));
    expect(verdicts).toEqual([true, true, true, false, false, false, false]);
    expect(provider.hostPolicy.allowLocalhost).toBe(true);
  });

  // Two tables rather than one with a flag, so every case asserts the same things unconditionally.
  it.each([
    [
      'allowedHosts',
      { allowedHosts: ['graph.contoso-proxy.example'] },
      'https://graph.contoso-proxy.example/v1.0',
    ],
    ['loopback with allowLocalhost', { allowLocalhost: true }, 'http://127.0.0.1:9/v1.0'],
  ])('%s: the token is sent', async (_label, options, baseUrl) => {
    const { fetch, sent: wire } = recorder();
    const client = createVppTokensClient({
      authProvider: createGraphAuthProvider({ accessToken }, options),
      baseUrl,
      fetch,
      retry: false,
    });
    await client.deviceAppManagement.vppTokens
      .byVppTokenId(id)
      .get()
      .catch((e: unknown) => e);
    expect(wire).toEqual([
      { url: `${new URL(baseUrl).href}/deviceAppManagement/vppTokens/${id}`, authorized: true },
    ]);
  });

  it.each([
    ['another cloud’s host', { cloud: 'china' as const }, 'https://graph.microsoft.com/v1.0'],
    ['loopback without allowLocalhost', {}, 'http://127.0.0.1:9/v1.0'],
    ['a look-alike', {}, 'https://graph.microsoft.com.evil.example/v1.0'],
    ['a trailing dot', {}, 'https://graph.microsoft.com./v1.0'],
  ])('%s: the token is refused before anything is sent', async (_label, options, baseUrl) => {
    const { fetch, sent: wire } = recorder();
    const client = createVppTokensClient({
      authProvider: createGraphAuthProvider({ accessToken }, options),
      baseUrl,
      fetch,
      retry: false,
    });
    const outcome = await client.deviceAppManagement.vppTokens
      .byVppTokenId(id)
      .get()
      .catch((e: unknown) => e);
    expect(wire).toEqual([]);
    expect(outcome).toBeInstanceOf(GraphAuthError);
    expect((outcome as Error).message).toMatch(/Refusing to attach a token to/);
    expect((outcome as Error).message).not.toContain(accessToken);
  });

  it('a redirect to another allowed host goes without the token; an off-policy same-origin hop is refused', async () => {
    const { fetch, sent } = recorder((_url, hop) =>
      hop === 0
        ? new Response(null, {
            status: 307,
            headers: { location: 'https://graph.contoso-proxy.example/v1.0/x' },
          })
        : ok(),
    );
    const provider = createGraphAuthProvider(
      { accessToken },
      { allowedHosts: ['graph.contoso-proxy.example'] },
    );
    await createVppTokensClient({ authProvider: provider, fetch })
      .deviceAppManagement.vppTokens.byVppTokenId(id)
      .get();
    expect(sent.map((s) => s.authorized)).toEqual([true, false]);

    const userinfo = recorder((_url, hop) =>
      hop === 0
        ? new Response(null, {
            status: 302,
            headers: { location: 'https://admin@graph.microsoft.com/v1.0/x' },
          })
        : ok(),
    );
    const error = await createVppTokensClient({ authProvider: provider, fetch: userinfo.fetch })
      .deviceAppManagement.vppTokens.byVppTokenId(id)
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenEgressError);
    expect((error as Error).message).toContain('with user info in its URL');
    expect(userinfo.sent).toHaveLength(1);
  });
});
