// The last hop: whatever URL a request ends up with, a request carrying Authorization never
// reaches fetch for a host outside the policy. Each case is a spelling class of URL that
// WHATWG parsing (what fetch uses) treats in its own way.
import { describe, expect, it } from 'vitest';
import { createVppTokensClient, TokenEgressError } from '../../src/index.js';
import { bearerAuth, docsTokenId } from '../support/graph.js';
import { holdsToken, isLeak, recordingFetch } from './support/egressLedger.js';

const cyrillicO = '\u043e';
/** [baseUrl, expected] — 'sent' means the request may go with the token. */
const baseUrlCases: [string, 'sent' | 'refused'][] = [
  ['https://graph.microsoft.com/v1.0', 'sent'],
  ['https://GRAPH.Microsoft.COM/v1.0', 'sent'], // case folds to the real host
  ['https://graph%2Emicrosoft.com/v1.0', 'sent'], // percent-decoded host is the real one
  ['https://graph.microsoft.us/v1.0', 'sent'],
  ['https://microsoftgraph.chinacloudapi.cn/beta', 'sent'],
  ['http://127.0.0.1:8080/v1.0', 'sent'],
  ['http://[::1]:8080/v1.0', 'sent'],
  ['http://[0:0:0:0:0:0:0:1]/v1.0', 'sent'], // normalises to [::1]
  ['http://2130706433/v1.0', 'sent'], // integer IPv4 is 127.0.0.1
  ['https://graph.microsoft.com./v1.0', 'refused'], // trailing dot: another name
  ['https://graph.microsoft.com.evil.example/v1.0', 'refused'],
  ['https://evilgraph.microsoft.com/v1.0', 'refused'],
  ['https://graph.microsoft.co/v1.0', 'refused'],
  [`https://graph.micr${cyrillicO}soft.com/v1.0`, 'refused'], // IDN look-alike (punycode host)
  ['https://xn--graph-microsoft-8gb.com/v1.0', 'refused'],
  ['http://graph.microsoft.com/v1.0', 'refused'], // no token over plain http
  ['https:\\\\evil.example\\v1.0', 'refused'], // backslashes are slashes in special URLs
  ['https://169.254.169.254/v1.0', 'refused'], // cloud metadata
  ['https://0xa9fea9fe/v1.0', 'refused'], // the same, hex integer
  ['https://[::ffff:169.254.169.254]/v1.0', 'refused'], // the same, IPv4-mapped IPv6
  ['https://[::ffff:7f00:1]/v1.0', 'refused'], // loopback, but not a spelling the policy names
  ['https://127.0.0.1.nip.io/v1.0', 'refused'],
  ['https://localhost.evil.example/v1.0', 'refused'],
  ['https://graph.microsoft.com:443@evil.example/v1.0', 'refused'], // userinfo disguise
  ['https://graph.microsoft.com%40evil.example/v1.0', 'refused'],
  // WHATWG ends the host at the backslash: fetch really goes to graph.microsoft.com.
  ['https://graph.microsoft.com\\@evil.example/v1.0', 'sent'],
];

/** Runs one GET with this base URL: 'sent', or what was thrown. */
async function getWith(baseUrl: string, fetch: ReturnType<typeof recordingFetch>['fetch']) {
  try {
    const client = createVppTokensClient({ authProvider: bearerAuth().provider, baseUrl, fetch });
    await client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
    return 'sent';
  } catch (error) {
    return error;
  }
}

const sentBaseUrls = baseUrlCases.filter((c) => c[1] === 'sent').map((c) => c[0]);
const refusedBaseUrls = baseUrlCases.filter((c) => c[1] === 'refused').map((c) => c[0]);

describe('token egress: every base URL spelling', () => {
  let leaks = 0;
  it.each(sentBaseUrls)('%s → sent', async (baseUrl) => {
    const { fetch, sent } = recordingFetch();
    const outcome = await getWith(baseUrl, fetch);
    leaks += sent.filter((s) => isLeak(s)).length;
    expect(outcome).toBe('sent');
    expect(sent[0]?.authorization).toMatch(/^Bearer /);
    expect(leaks).toBe(0);
  });

  it.each(refusedBaseUrls)('%s → refused', async (baseUrl) => {
    const { fetch, sent } = recordingFetch();
    const outcome = await getWith(baseUrl, fetch);
    leaks += sent.filter((s) => isLeak(s)).length;
    // Refused by the baseUrl check (userinfo) or by the last hop; either way nothing sent.
    expect(sent).toEqual([]);
    const message = outcome instanceof Error ? outcome.message : '';
    const clear =
      (outcome instanceof TokenEgressError || outcome instanceof TypeError) &&
      /Refused|must not contain|not an absolute URL/.test(message) &&
      !holdsToken(message);
    expect(clear, message).toBe(true);
    expect(leaks).toBe(0);
  });

  it('names the host and what to do, never the token', async () => {
    const { fetch } = recordingFetch();
    const client = createVppTokensClient({
      authProvider: bearerAuth().provider,
      baseUrl: 'https://graph.microsoft.com.evil.example/v1.0',
      fetch,
    });
    const error = (await client.deviceAppManagement.vppTokens
      .get()
      .catch((e: unknown) => e)) as TokenEgressError;
    expect(error).toBeInstanceOf(TokenEgressError);
    expect(error.host).toBe('graph.microsoft.com.evil.example');
    expect(error.message).toMatch(
      /^Refused to send a request carrying Authorization to https:\/\/graph\.microsoft\.com\.evil\.example: that host is outside the auth policy \(allowed: graph\.microsoft\.com,.*\)\. Nothing was sent; if you trust the host, add it to allowedHosts/,
    );
  });
});

describe('token egress: an explicit policy', () => {
  it('uses tokenEgressPolicy over the built-in Graph hosts', async () => {
    const { fetch, sent } = recordingFetch();
    const policy = {
      isAllowed: (url: string) => new URL(url).hostname === 'graph.contoso-proxy.example',
      allowedHosts: new Set(['graph.contoso-proxy.example']),
    };
    const proxied = createVppTokensClient({
      authProvider: bearerAuth().provider,
      baseUrl: 'https://graph.contoso-proxy.example/v1.0',
      tokenEgressPolicy: policy,
      fetch,
    });
    await proxied.deviceAppManagement.vppTokens.get();
    expect(sent).toHaveLength(1);
    const direct = createVppTokensClient({
      authProvider: bearerAuth().provider,
      tokenEgressPolicy: policy,
      fetch,
    });
    await expect(direct.deviceAppManagement.vppTokens.get()).rejects.toThrow(
      /graph\.microsoft\.com: that host is outside the auth policy \(allowed: graph\.contoso-proxy\.example\)/,
    );
    expect(sent).toHaveLength(1);
  });

  it('reads the auth provider’s own hostPolicy when it has one', async () => {
    const { fetch, sent } = recordingFetch();
    const provider = {
      ...bearerAuth().provider,
      hostPolicy: { isAllowed: () => false, allowedHosts: new Set(['nowhere.example']) },
    };
    const client = createVppTokensClient({ authProvider: provider, fetch });
    await expect(client.deviceAppManagement.vppTokens.get()).rejects.toBeInstanceOf(
      TokenEgressError,
    );
    expect(sent).toEqual([]);
  });

  it('lets requests without Authorization through to any host (nothing to leak)', async () => {
    const { fetch, sent } = recordingFetch();
    const anonymous = { authenticateRequest: () => Promise.resolve() };
    const client = createVppTokensClient({
      authProvider: anonymous,
      baseUrl: 'https://fake.example/v1.0',
      fetch,
    });
    await client.deviceAppManagement.vppTokens.get();
    expect(sent).toEqual([
      { url: 'https://fake.example/v1.0/deviceAppManagement/vppTokens', authorization: null },
    ]);
  });
});
