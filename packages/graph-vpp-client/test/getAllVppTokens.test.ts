import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getAllVppTokens } from '../src/index.js';
import { docsToken, testClient, tokensUrl } from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

describe('getAllVppTokens', () => {
  it('returns every page as one array', async () => {
    server.use(
      http.get(tokensUrl, ({ request }) =>
        new URL(request.url).searchParams.get('$skiptoken')
          ? HttpResponse.json({ value: [{ ...docsToken, id: 'c' }] })
          : HttpResponse.json({
              value: [
                { ...docsToken, id: 'a' },
                { ...docsToken, id: 'b' },
              ],
              '@odata.nextLink': `${tokensUrl}?$skiptoken=2`,
            }),
      ),
    );
    const vppTokens = await getAllVppTokens(testClient(), { pageSize: 2 });
    expect(vppTokens.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(seen).toHaveLength(2);
  });

  it('rejects with the signal reason when cancelled', async () => {
    server.use(http.get(tokensUrl, () => HttpResponse.json({ value: [docsToken] })));
    const stop = new AbortController();
    stop.abort(new Error('left the page'));
    await expect(getAllVppTokens(testClient(), { signal: stop.signal })).rejects.toThrow(
      'left the page',
    );
  });
});
