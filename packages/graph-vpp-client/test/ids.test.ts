import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { docsToken, graph, testClient, tokensUrl } from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

describe('vppTokenId', () => {
  it.each(['', '   ', '\t', '.', '..'])('refuses %j before any request leaves', async (id) => {
    server.use(http.all('*', () => HttpResponse.json(docsToken)));
    const client = testClient();
    expect(() => client.deviceAppManagement.vppTokens.byVppTokenId(id)).toThrow(/vppTokenId/);
    expect(() => client.deviceAppManagement.vppTokens.byVppTokenId(id)).toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });

  it('says what was wrong and what to do', () => {
    const client = testClient();
    expect(() => client.deviceAppManagement.vppTokens.byVppTokenId('..')).toThrow(
      'vppTokenId ".." is a path segment, not an id: it would address another URL. Pass the id of a vppToken.',
    );
    expect(() => client.deviceAppManagement.vppTokens.byVppTokenId('')).toThrow(
      'vppTokenId is empty',
    );
  });

  it.each([
    ['a/b', 'a%2Fb'],
    ['../x', '..%2Fx'],
    ['a?b#c', 'a%3Fb%23c'],
    ['%2F', '%252F'],
    ['..%2F..', '..%252F..'],
    ['tok en', 'tok%20en'],
    ['jeton-é', 'jeton-%C3%A9'],
    ['...', '...'],
  ])('sends %j as exactly one percent-encoded path segment', async (id, segment) => {
    server.use(http.post(`${tokensUrl}/*`, () => HttpResponse.json(docsToken)));
    await testClient().deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post();
    expect(seen).toHaveLength(1);
    const path = new URL(seen[0]!.url).pathname;
    expect(path).toBe(`/v1.0/deviceAppManagement/vppTokens/${segment}/syncLicenses`);
    expect(seen[0]!.url.startsWith(`${graph}/deviceAppManagement/vppTokens/`)).toBe(true);
  });
});
