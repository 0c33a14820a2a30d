// Redirects: every Location resolved against the request URL, credentials dropped on any hop
// to another origin, and the last hop refusing whatever still carries a token off-policy.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createVppTokensClient, TokenEgressError } from '../../src/index.js';
import { bearerAuth, docsToken, docsTokenId, graph } from '../support/graph.js';
import { holdsToken, isLeak, recordingFetch, type Sent } from './support/egressLedger.js';

const itemUrl = `${graph}/deviceAppManagement/vppTokens/${docsTokenId}`;
const redirect = (status: number, location: string) =>
  new Response(null, { status, headers: { location } });

/** [Location, where the second hop goes, whether it may carry the token]. */
const locationCases: [string, string, boolean | 'refused'][] = [
  // Kiota's bug: relative, but `://` in the query made it "absolute" and unresolved.
  [
    '/v1.0/deviceAppManagement/vppTokens?next=https://elsewhere.example',
    `${graph}/deviceAppManagement/vppTokens?next=https://elsewhere.example`,
    true,
  ],
  ['?$skiptoken=x://y', `${itemUrl}?$skiptoken=x://y`, true],
  ['other', `${graph}/deviceAppManagement/vppTokens/other`, true],
  ['https://GRAPH.microsoft.com/v1.0/x', `${graph}/x`, true], // same origin after parsing
  ['https://elsewhere.example/v1.0/x', 'https://elsewhere.example/v1.0/x', false],
  ['//elsewhere.example/x', 'https://elsewhere.example/x', false],
  ['/\\elsewhere.example/x', 'https://elsewhere.example/x', false],
  ['\\\\elsewhere.example/x', 'https://elsewhere.example/x', false],
  ['https:elsewhere.example', `${graph}/deviceAppManagement/vppTokens/elsewhere.example`, true],
  ['https://graph.microsoft.com.evil.example/', 'https://graph.microsoft.com.evil.example/', false],
  ['https://graph.microsoft.com@evil.example/', 'https://graph.microsoft.com@evil.example/', false],
  ['http://graph.microsoft.com/v1.0/x', 'http://graph.microsoft.com/v1.0/x', false], // downgrade
  ['https://graph.microsoft.com:8443/v1.0/x', 'https://graph.microsoft.com:8443/v1.0/x', false],
  ['https://graph.microsoft.us/v1.0/x', 'https://graph.microsoft.us/v1.0/x', false], // other cloud
  ['https://169.254.169.254/latest/meta-data', 'https://169.254.169.254/latest/meta-data', false],
  ['https://[::ffff:a9fe:a9fe]/', 'https://[::ffff:a9fe:a9fe]/', false],
  ['https://xn--grph-microsoft-8gb.com/', 'https://xn--grph-microsoft-8gb.com/', false],
  // Same origin with user info: kept by the redirect, so the last hop refuses it.
  ['https://user@graph.microsoft.com/v1.0/x', 'https://user@graph.microsoft.com/v1.0/x', 'refused'],
];

/** The cases a redirect follows, and the ones the last hop refuses (asserted apart, unconditionally). */
const followedCases = locationCases.flatMap(([location, expectedUrl, keepsToken]) =>
  keepsToken === 'refused' ? [] : [[location, expectedUrl, keepsToken] as const],
);
const refusedLocations = locationCases.filter((c) => c[2] === 'refused').map((c) => c[0]);

describe.each([301, 302, 303, 307, 308])('redirect %i', (status) => {
  let leaks = 0;
  const follow = async (location: string) => {
    const { fetch, sent } = recordingFetch((_url, hop) =>
      hop === 0 ? redirect(status, location) : undefined,
    );
    const client = createVppTokensClient({ authProvider: bearerAuth().provider, fetch });
    const outcome = await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get()
      .catch((e: unknown) => e);
    leaks += sent.filter((s) => isLeak(s)).length;
    return { outcome, sent };
  };

  it.each(followedCases)('Location %s', async (location, expectedUrl, keepsToken) => {
    const { outcome, sent } = await follow(location);
    expect(leaks).toBe(0);
    expect(outcome).toMatchObject({ id: docsTokenId });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.url).toBe(new URL(expectedUrl).href);
    expect(sent[1]?.authorization !== null).toBe(keepsToken);
  });

  it.each(refusedLocations)('Location %s is refused by the last hop', async (location) => {
    const { outcome, sent } = await follow(location);
    expect(leaks).toBe(0);
    expect(outcome).toBeInstanceOf(TokenEgressError);
    expect(holdsToken((outcome as Error).message)).toBe(false);
    expect(sent).toHaveLength(1);
  });
});

describe('redirect chains, retries and methods', () => {
  it('once dropped, the token stays dropped, even back on Graph', async () => {
    const { fetch, sent } = recordingFetch((_url, hop) =>
      hop === 0
        ? redirect(302, 'https://elsewhere.example/a')
        : hop === 1
          ? redirect(302, `${graph}/deviceAppManagement/vppTokens/${docsTokenId}`)
          : undefined,
    );
    const client = createVppTokensClient({ authProvider: bearerAuth().provider, fetch });
    await client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
    expect(sent.map((s: Sent) => s.authorization !== null)).toEqual([true, false, false]);
  });

  it('a retry after a redirect starts again from the original, authorised request', async () => {
    const { fetch, sent } = recordingFetch((url, hop) => {
      if (hop === 0) return redirect(307, 'https://elsewhere.example/a');
      if (hop === 1) return HttpResponse.json({}, { status: 429, headers: { 'retry-after': '0' } });
      return url.startsWith(graph) ? undefined : HttpResponse.json(docsToken);
    });
    const client = createVppTokensClient({
      authProvider: bearerAuth().provider,
      fetch,
      retry: { clock: { now: () => 0, sleep: () => Promise.resolve() }, random: () => 0 },
    });
    await client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
    expect(sent.map((s) => [new URL(s.url).host, s.authorization !== null])).toEqual([
      ['graph.microsoft.com', true],
      ['elsewhere.example', false],
      ['graph.microsoft.com', true],
    ]);
    expect(sent.filter((s) => isLeak(s))).toEqual([]);
  });

  it('303 turns a POST into a GET without its body; 307 keeps both', async () => {
    const methods: string[] = [];
    const bodies: unknown[] = [];
    for (const status of [303, 307]) {
      const fetch = (_input: string, init: RequestInit) => {
        methods.push(`${status} ${init.method ?? 'GET'}`);
        bodies.push(init.body ?? null);
        return Promise.resolve(
          methods.length % 2 === 1
            ? redirect(status, '/v1.0/deviceAppManagement/vppTokens/next')
            : HttpResponse.json(docsToken),
        );
      };
      const client = createVppTokensClient({ authProvider: bearerAuth().provider, fetch });
      await client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).syncLicenses.post();
    }
    expect(methods).toEqual(['303 POST', '303 GET', '307 POST', '307 POST']);
    expect(bodies[1]).toBeNull();
  });

  it('stops after 5 redirects and hands the last 3xx back (Kiota then rejects it)', async () => {
    const { fetch, sent } = recordingFetch(() => redirect(302, 'again'));
    const client = createVppTokensClient({ authProvider: bearerAuth().provider, fetch });
    const error = await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get()
      .catch((e: unknown) => e);
    expect(sent).toHaveLength(6);
    expect(error).toBeInstanceOf(Error);
  });

  it('a Location that is no URL is not followed', async () => {
    const { fetch, sent } = recordingFetch((_url, hop) =>
      hop === 0 ? redirect(302, 'http://[not-an-ipv6') : undefined,
    );
    const client = createVppTokensClient({ authProvider: bearerAuth().provider, fetch });
    await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .get()
      .catch(() => undefined);
    expect(sent).toHaveLength(1);
  });
});
