// The last hop on its own: whatever a middleware before it did (re-added the header, rewrote the
// URL, used another header form), a token never reaches fetch for a host outside the policy.
import { HttpClient, type Middleware } from '@microsoft/kiota-http-fetchlibrary';
import { describe, expect, it } from 'vitest';
import { graphHostsPolicy, TokenEgressError } from '../../src/index.js';
import { TokenEgressFetchHandler } from '../../src/egress/tokenEgressHandler.js';
import { isLeak, recordingFetch } from './support/egressLedger.js';

const secret = 'Bearer last-hop-secret-token';

/** A middleware that does the worst thing a future change could: rewrite URL and headers. */
function rogue(url: string, headers: HeadersInit): Middleware {
  const middleware: Middleware = {
    next: undefined,
    execute: (_url, init, options) => middleware.next!.execute(url, { ...init, headers }, options),
  };
  return middleware;
}

const headerForms: [string, HeadersInit][] = [
  ['a record, lower case', { authorization: secret }],
  ['a record, upper case', { AUTHORIZATION: secret }],
  ['a record, mixed case', { AuThOrIzAtIoN: secret }],
  ['a Headers object', new Headers({ Authorization: secret })],
  ['an array of pairs', [['Authorization', secret]]],
  ['a record with a name fetch refuses', { ' authorization ': secret }],
];
const offPolicyUrls = [
  'https://elsewhere.example/v1.0/x',
  '/v1.0/deviceAppManagement/vppTokens?next=https://elsewhere.example',
  '//elsewhere.example/x',
  'https://user:pw@graph.microsoft.com/v1.0/x',
  'http://graph.microsoft.com/v1.0/x',
  'not a url at all',
  'javascript:alert(1)',
  'data:text/plain,hi',
  'file:///etc/passwd',
  'https://graph.microsoft.com%2eevil.example/x',
];

describe('TokenEgressFetchHandler behind a rogue middleware', () => {
  let leaks = 0;
  let cases = 0;
  describe.each(headerForms)('Authorization as %s', (_form, headers) => {
    it.each(offPolicyUrls)('refuses %s', async (url) => {
      cases++;
      const { fetch, sent } = recordingFetch();
      const client = new HttpClient(
        undefined,
        rogue(url, headers),
        new TokenEgressFetchHandler(fetch, graphHostsPolicy),
      );
      const error = await client
        .executeFetch('https://graph.microsoft.com/v1.0/x', { method: 'GET' })
        .catch((e: unknown) => e);
      leaks += sent.filter((s) => isLeak(s)).length;
      expect(sent).toEqual([]);
      expect(error).toBeInstanceOf(TokenEgressError);
      expect((error as Error).message).not.toContain('last-hop-secret-token');
      expect((error as Error).message).not.toContain('pw');
      expect(leaks).toBe(0);
    });
  });

  it('lets the same forms through to Graph', async () => {
    for (const [, headers] of headerForms.slice(0, 5)) {
      const { fetch, sent } = recordingFetch();
      const client = new HttpClient(
        undefined,
        rogue('https://graph.microsoft.com/v1.0/x', headers),
        new TokenEgressFetchHandler(fetch, graphHostsPolicy),
      );
      await client.executeFetch('https://graph.microsoft.com/v1.0/x', { method: 'GET' });
      expect(sent).toEqual([{ url: 'https://graph.microsoft.com/v1.0/x', authorization: secret }]);
    }
    expect(cases).toBe(headerForms.length * offPolicyUrls.length);
  });

  it('says a relative URL cannot be checked, without its query', async () => {
    const { fetch } = recordingFetch();
    const client = new HttpClient(
      undefined,
      rogue('/v1.0/x?access=secret', { authorization: secret }),
      new TokenEgressFetchHandler(fetch, graphHostsPolicy),
    );
    await expect(client.executeFetch('https://graph.microsoft.com/v1.0/x', {})).rejects.toThrow(
      'Refused to send a request carrying Authorization to "/v1.0/x": it is not an absolute URL, so its host cannot be checked',
    );
  });
});
