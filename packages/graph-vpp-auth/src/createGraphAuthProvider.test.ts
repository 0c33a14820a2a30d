import { RequestInformation, HttpMethod } from '@microsoft/kiota-abstractions';
import { describe, expect, it } from 'vitest';
import { delegatedToken } from '../test/support/jwt.js';
import { createGraphAuthProvider } from './createGraphAuthProvider.js';
import { graphClouds } from './clouds/graphClouds.js';
import { GraphAuthError } from './errors/graphAuthError.js';
import type { TokenCredentialLike, TokenRequestContext } from './tokens/tokenSource.js';

const secret = 'eyJ-RECOGNISABLE-SECRET-TOKEN-4242';

function requestTo(url: string): RequestInformation {
  const request = new RequestInformation(HttpMethod.GET);
  request.URL = url;
  return request;
}

async function authorise(
  provider: ReturnType<typeof createGraphAuthProvider>,
  url: string,
  context?: Record<string, unknown>,
) {
  const request = requestTo(url);
  await provider.authenticateRequest(request, context);
  return request.headers.tryGetValue('Authorization');
}

function fakeCredential(token = secret) {
  const calls: { scopes: string | string[]; options: unknown }[] = [];
  const credential: TokenCredentialLike = {
    getToken: (scopes, options) => {
      calls.push({ scopes, options });
      return Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3600_000 });
    },
  };
  return { credential, calls };
}

const graphUrl = 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens';

describe('createGraphAuthProvider', () => {
  it('attaches a bearer token from a TokenCredential, asking for the cloud default scope with CAE on', async () => {
    const { credential, calls } = fakeCredential();
    const provider = createGraphAuthProvider({ credential });
    expect(await authorise(provider, graphUrl)).toEqual([`Bearer ${secret}`]);
    expect(calls).toEqual([
      {
        scopes: ['https://graph.microsoft.com/.default'],
        options: { enableCae: true, abortSignal: expect.any(AbortSignal) as unknown },
      },
    ]);
  });

  it('takes a getAccessToken callback returning a string or a result object', async () => {
    const contexts: TokenRequestContext[] = [];
    const jwt = delegatedToken();
    const fromString = createGraphAuthProvider({
      getAccessToken: async (c) => (contexts.push(c), jwt),
    });
    expect(await authorise(fromString, graphUrl)).toEqual([`Bearer ${jwt}`]);
    await authorise(fromString, graphUrl);
    expect(contexts).toHaveLength(1); // cached until the JWT's exp
    expect(contexts[0]!.scopes).toEqual(['https://graph.microsoft.com/.default']);

    const fromObject = createGraphAuthProvider({
      getAccessToken: async () => ({ token: secret, expiresOnTimestamp: Date.now() + 3600_000 }),
    });
    expect(await authorise(fromObject, graphUrl)).toEqual([`Bearer ${secret}`]);
  });

  it('takes a fixed accessToken', async () => {
    expect(await authorise(createGraphAuthProvider({ accessToken: secret }), graphUrl)).toEqual([
      `Bearer ${secret}`,
    ]);
  });

  it.each([
    ['usGov', 'https://graph.microsoft.us/v1.0/deviceAppManagement/vppTokens'],
    ['usGovDoD', 'https://dod-graph.microsoft.us/v1.0/deviceAppManagement/vppTokens'],
    ['china', 'https://microsoftgraph.chinacloudapi.cn/v1.0/deviceAppManagement/vppTokens'],
  ] as const)(
    'for cloud %s allows only that cloud and asks for its default scope',
    async (cloud, url) => {
      const { credential, calls } = fakeCredential();
      const provider = createGraphAuthProvider({ credential }, { cloud });
      expect(await authorise(provider, url)).toEqual([`Bearer ${secret}`]);
      expect(calls[0]!.scopes).toEqual([graphClouds[cloud].defaultScope]);
      await expect(authorise(provider, graphUrl)).rejects.toThrow(/host graph\.microsoft\.com/);
    },
  );

  it('refuses an unknown cloud with the list of known ones', () => {
    expect(() =>
      createGraphAuthProvider({ accessToken: 'x' }, { cloud: 'germany' as never }),
    ).toThrow('Unknown cloud "germany". Use one of: global, usGov, usGovDoD, china.');
  });

  it('refuses a disallowed host with an error naming it, and asks the source for nothing', async () => {
    const { credential, calls } = fakeCredential();
    const provider = createGraphAuthProvider({ credential });
    const error = await authorise(
      provider,
      'https://graph.microsoft.com.evil.example/v1.0/x',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect((error as GraphAuthError).code).toBe('host-not-allowed');
    expect((error as Error).message).toContain('graph.microsoft.com.evil.example');
    expect(calls).toHaveLength(0);
  });

  it('checks the host even when the caller set Authorization by hand', async () => {
    const provider = createGraphAuthProvider({ accessToken: secret });
    const request = requestTo('https://evil.example/x');
    request.headers.add('Authorization', 'Bearer hand-made');
    await expect(provider.authenticateRequest(request)).rejects.toThrow(/host evil\.example/);
  });

  it('allows extra allowedHosts and, with allowLocalhost, http on loopback only', async () => {
    const provider = createGraphAuthProvider(
      { accessToken: secret },
      { allowedHosts: ['graph.proxy.example'], allowLocalhost: true },
    );
    expect(await authorise(provider, 'https://graph.proxy.example/v1.0/x')).toEqual([
      `Bearer ${secret}`,
    ]);
    expect(await authorise(provider, 'http://127.0.0.1:4010/v1.0/x')).toEqual([`Bearer ${secret}`]);
    await expect(authorise(provider, 'http://graph.proxy.example/v1.0/x')).rejects.toThrow(
      /only sent over https/,
    );
    expect([...provider.allowedHosts]).toEqual([
      'graph.microsoft.com',
      'graph.proxy.example',
      'localhost',
      '127.0.0.1',
      '[::1]',
    ]);
  });

  it("never mutates the caller's scopes array", async () => {
    const scopes = ['https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All'];
    const snapshot = [...scopes];
    const contexts: TokenRequestContext[] = [];
    const provider = createGraphAuthProvider(
      {
        getAccessToken: async (context) => {
          contexts.push(context);
          (context.scopes as string[]).push('mutated-by-source');
          return { token: secret, expiresOnTimestamp: Date.now() + 3600_000 };
        },
      },
      { scopes },
    );
    await authorise(provider, graphUrl);
    expect(scopes).toEqual(snapshot);
    expect(provider.scopes).toEqual(snapshot);
    expect(Object.isFrozen(provider.scopes)).toBe(true);
  });

  it('answers a claims challenge: decoded claims reach the source, the cache is bypassed', async () => {
    const claimsJson = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    const { credential, calls } = fakeCredential();
    const provider = createGraphAuthProvider({ credential });
    await authorise(provider, graphUrl);
    const request = requestTo(graphUrl);
    request.headers.add('Authorization', 'Bearer stale');
    await provider.authenticateRequest(request, {
      claims: Buffer.from(claimsJson).toString('base64'),
    });
    expect(request.headers.tryGetValue('Authorization')).toEqual([`Bearer ${secret}`]);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.options).toMatchObject({ claims: claimsJson, enableCae: true });
  });

  it('explains that a fixed token cannot answer a claims challenge', async () => {
    const provider = createGraphAuthProvider({ accessToken: secret });
    const error = await authorise(provider, graphUrl, {
      claims: Buffer.from('{}').toString('base64'),
    }).catch((e: unknown) => e);
    expect((error as GraphAuthError).code).toBe('claims-challenge-unsupported');
  });

  it('turns a null or empty result into an error with a useful message, and tries again next time', async () => {
    let answer: unknown = null;
    const provider = createGraphAuthProvider({
      credential: { getToken: () => Promise.resolve(answer as null) },
    });
    await expect(authorise(provider, graphUrl)).rejects.toThrow(
      'The token source returned no access token for scopes https://graph.microsoft.com/.default. Check that the user is signed in and consented to these scopes; the next request will try again.',
    );
    answer = { token: '', expiresOnTimestamp: Date.now() + 1000 };
    await expect(authorise(provider, graphUrl)).rejects.toThrow(/returned no access token/);
    answer = { token: secret, expiresOnTimestamp: Date.now() + 3600_000 };
    expect(await authorise(provider, graphUrl)).toEqual([`Bearer ${secret}`]);
  });

  it.each([
    [{}, /exactly one of credential, getAccessToken or accessToken; got none/],
    [{ accessToken: 'a', credential: {} }, /got credential and accessToken/],
    [{ accessToken: '  ' }, /accessToken must be a non-empty string/],
    [{ credential: {} }, /credential must be a TokenCredential/],
  ])('refuses a bad source %j', (source, message) => {
    expect(() => createGraphAuthProvider(source as never)).toThrow(message);
  });

  it('never puts the token in errors or log lines', async () => {
    const lines: string[] = [];
    const provider = createGraphAuthProvider(
      { accessToken: secret },
      { log: (line) => lines.push(line) },
    );
    const { credential } = fakeCredential();
    const logged = createGraphAuthProvider({ credential }, { log: (line) => lines.push(line) });
    await authorise(logged, graphUrl);
    const errors = await Promise.all([
      authorise(provider, 'https://evil.example/x').catch((e: unknown) => e),
      authorise(provider, 'http://graph.microsoft.com/x').catch((e: unknown) => e),
      authorise(provider, graphUrl, { claims: Buffer.from('{}').toString('base64') }).catch(
        (e: unknown) => e,
      ),
      authorise(
        createGraphAuthProvider({ getAccessToken: () => Promise.reject(new Error('denied')) }),
        graphUrl,
      ).catch((e: unknown) => e),
    ]);
    expect(lines.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toBeInstanceOf(GraphAuthError);
      const own = JSON.stringify(error, Object.getOwnPropertyNames(error));
      expect(own + String(error)).not.toContain(secret);
    }
    expect(lines.join('\n')).not.toContain(secret);
  });
});

describe('a fixed accessToken', () => {
  it('is reused without asking again, opaque or JWT', async () => {
    const lines: string[] = [];
    const provider = createGraphAuthProvider(
      { accessToken: 'opaque-fixed' },
      { log: (line) => lines.push(line) },
    );
    await authorise(provider, graphUrl);
    await authorise(provider, graphUrl);
    expect(lines.filter((l) => l.includes('requesting a token'))).toHaveLength(1);
    expect(lines).toContain(
      'graph-vpp-auth: token for https://graph.microsoft.com/.default never expires',
    );
  });
});
