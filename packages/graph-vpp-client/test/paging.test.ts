import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { listAllVppTokens, listVppTokenPages } from '../src/index.js';
import { docsToken, testAccessToken, testClient, tokensUrl } from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

const tokens = (...ids: string[]) => ids.map((id) => ({ ...docsToken, id }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('listAllVppTokens', () => {
  it('follows @odata.nextLink across every page', async () => {
    server.use(
      http.get(tokensUrl, ({ request }) => {
        const skip = new URL(request.url).searchParams.get('$skiptoken');
        if (!skip)
          return HttpResponse.json({
            value: tokens('a', 'b'),
            '@odata.nextLink': `${tokensUrl}?$skiptoken=2`,
          });
        if (skip === '2')
          return HttpResponse.json({
            value: tokens('c'),
            '@odata.nextLink': `${tokensUrl}?$skiptoken=3`,
          });
        return HttpResponse.json({ value: tokens('d') });
      }),
    );
    const all = await collect(listAllVppTokens(testClient(), { pageSize: 2, select: ['id'] }));
    expect(all.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(new URL(seen[0]!.url).search).toBe('?$select=id&$top=2');
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(
      Array(3).fill(`Bearer ${testAccessToken}`),
    );
  });

  it.each([
    [
      'another host',
      'https://graph.microsoft.com.evil.example/v1.0/deviceAppManagement/vppTokens?$skiptoken=2',
    ],
    [
      'another scheme',
      'http://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens?$skiptoken=2',
    ],
    [
      'another port',
      'https://graph.microsoft.com:8443/v1.0/deviceAppManagement/vppTokens?$skiptoken=2',
    ],
    ['userinfo', 'https://graph.microsoft.com@evil.example/v1.0/deviceAppManagement/vppTokens'],
  ])('refuses a nextLink to %s, sending nothing there', async (_, nextLink) => {
    server.use(
      http.get(tokensUrl, () =>
        HttpResponse.json({ value: tokens('a'), '@odata.nextLink': nextLink }),
      ),
    );
    const pages = listVppTokenPages(testClient());
    await expect(pages.next()).resolves.toMatchObject({ done: false });
    await expect(pages.next()).rejects.toThrow(/Refusing @odata\.nextLink/);
    expect(seen).toHaveLength(1);
  });

  it('stops on a nextLink that loops back', async () => {
    server.use(
      http.get(tokensUrl, () =>
        HttpResponse.json({ value: tokens('a'), '@odata.nextLink': `${tokensUrl}?$skiptoken=1` }),
      ),
    );
    await expect(collect(listAllVppTokens(testClient()))).rejects.toThrow(
      /repeats an earlier page/,
    );
  });

  it('needs a baseUrl for clients it did not create', async () => {
    const { createVppTokensApiClient } = await import('../src/generated/vppTokensApiClient.js');
    const { AnonymousAuthenticationProvider } = await import('@microsoft/kiota-abstractions');
    const { FetchRequestAdapter } = await import('@microsoft/kiota-http-fetchlibrary');
    const raw = createVppTokensApiClient(
      new FetchRequestAdapter(new AnonymousAuthenticationProvider()),
    );
    await expect(listAllVppTokens(raw).next()).rejects.toThrow(/needs options.baseUrl/);
  });
});
