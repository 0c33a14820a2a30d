// Upstream bug in @microsoft/kiota-http-fetchlibrary 1.0.0-preview.109 (why the client uses
// its own GraphRedirectHandler). See README.md beside this file. This test drives the real
// RedirectHandler and asserts the bug is still there: when it fails, Kiota has fixed it, and
// this note and the README can say so.
import {
  CustomFetchHandler,
  HttpClient,
  RedirectHandler,
} from '@microsoft/kiota-http-fetchlibrary';
import { describe, expect, it } from 'vitest';

const token = 'Bearer upstream-repro-token';

function kiotaChain(location: string) {
  const seen: { url: string; authorization: string | undefined }[] = [];
  const fetch = (url: string, init: RequestInit) => {
    seen.push({ url, authorization: (init.headers as Record<string, string>).authorization });
    return Promise.resolve(
      seen.length === 1
        ? new Response(null, { status: 302, headers: { location } })
        : new Response('{}', { status: 200 }),
    );
  };
  const client = new HttpClient(undefined, new RedirectHandler(), new CustomFetchHandler(fetch));
  return { client, seen };
}

describe('Kiota RedirectHandler (upstream bug, reproduced)', () => {
  it('takes a relative Location with "://" in its query as absolute and keeps Authorization', async () => {
    const { client, seen } = kiotaChain(
      '/v1.0/deviceAppManagement/vppTokens?next=https://elsewhere.example',
    );
    await client.executeFetch('https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens', {
      method: 'GET',
      headers: { authorization: token },
    });
    // Not resolved against the request URL, and the header scrub could not parse it:
    expect(seen[1]).toEqual({
      url: '/v1.0/deviceAppManagement/vppTokens?next=https://elsewhere.example',
      authorization: token,
    });
  });

  it('resolves and scrubs correctly when the Location has no "://" (the contrast)', async () => {
    const { client, seen } = kiotaChain('//elsewhere.example/x');
    await client.executeFetch('https://graph.microsoft.com/v1.0/x', {
      method: 'GET',
      headers: { authorization: token },
    });
    expect(seen[1]).toEqual({ url: 'https://elsewhere.example/x', authorization: undefined });
  });
});
