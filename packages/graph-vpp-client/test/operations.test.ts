import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../src/index.js';
import {
  docsToken,
  docsTokenId,
  graph,
  testAccessToken,
  testClient,
  tokensUrl,
} from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function expectGraphHeaders(request: Request) {
  expect(request.headers.get('authorization')).toBe(`Bearer ${testAccessToken}`);
  expect(request.headers.get('accept')).toBe('application/json');
  expect(request.headers.get('client-request-id')).toMatch(uuid);
  expect(request.headers.get('user-agent')).toBe(`graph-vpp-client/${packageVersion}`);
}

describe('every vppTokens operation through the real FetchRequestAdapter', () => {
  it('lists tokens, mapping $top, $select and $count onto the query', async () => {
    server.use(
      http.get(tokensUrl, () => HttpResponse.json({ '@odata.count': 1, value: [docsToken] })),
    );
    const page = await testClient().deviceAppManagement.vppTokens.get({
      queryParameters: { top: 5, select: ['id', 'state'], count: true },
    });
    expect(page?.odataCount).toBe(1);
    expect(page?.value?.map((t) => t.id)).toEqual([docsTokenId]);
    const [request] = seen;
    expect(request!.method).toBe('GET');
    const url = new URL(request!.url);
    expect(url.pathname).toBe('/v1.0/deviceAppManagement/vppTokens');
    expect(url.search).toBe('?$count=true&$select=id,state&$top=5');
    expectGraphHeaders(request!);
  });

  it('gets one token by id', async () => {
    server.use(http.get(`${tokensUrl}/:id`, () => HttpResponse.json(docsToken)));
    const token = await testClient().deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
    expect(token?.organizationName).toBe('Organization Name value');
    expect(seen[0]!.method).toBe('GET');
    expect(new URL(seen[0]!.url).pathname).toBe(
      `/v1.0/deviceAppManagement/vppTokens/${docsTokenId}`,
    );
    expectGraphHeaders(seen[0]!);
  });

  it('creates a token: 201, JSON body without the read-only id and lastModifiedDateTime', async () => {
    server.use(http.post(tokensUrl, () => HttpResponse.json(docsToken, { status: 201 })));
    const created = await testClient().deviceAppManagement.vppTokens.post({
      id: 'client-chosen-id',
      lastModifiedDateTime: new Date(),
      token: 'Token value',
      organizationName: 'Contoso',
      vppTokenAccountType: 'business',
      automaticallyUpdateApps: false,
    });
    expect(created?.id).toBe(docsTokenId);
    const request = seen[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual({
      token: 'Token value',
      organizationName: 'Contoso',
      vppTokenAccountType: 'business',
      automaticallyUpdateApps: false,
    });
    expectGraphHeaders(request);
  });

  it('updates a token with PATCH and reads the 200 body', async () => {
    server.use(
      http.patch(`${tokensUrl}/:id`, async ({ request }) =>
        HttpResponse.json({ ...docsToken, ...((await request.json()) as object) }),
      ),
    );
    const updated = await testClient()
      .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
      .patch({ automaticallyUpdateApps: false });
    expect(updated?.automaticallyUpdateApps).toBe(false);
    expect(seen[0]!.method).toBe('PATCH');
    expect(await seen[0]!.json()).toEqual({ automaticallyUpdateApps: false });
  });

  it('deletes a token (204, no body)', async () => {
    server.use(http.delete(`${tokensUrl}/:id`, () => new HttpResponse(null, { status: 204 })));
    await expect(
      testClient().deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).delete(),
    ).resolves.toBeUndefined();
    expect(seen[0]!.method).toBe('DELETE');
    expect(new URL(seen[0]!.url).pathname).toBe(
      `/v1.0/deviceAppManagement/vppTokens/${docsTokenId}`,
    );
  });

  it('syncs licenses: POST with no body to …/{id}/syncLicenses', async () => {
    server.use(http.post(`${tokensUrl}/:id/syncLicenses`, () => HttpResponse.json(docsToken)));
    const token = await testClient()
      .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
      .syncLicenses.post();
    expect(token?.lastSyncStatus).toBe('inProgress');
    const request = seen[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${graph}/deviceAppManagement/vppTokens/${docsTokenId}/syncLicenses`);
    expect(await request.text()).toBe('');
    expect(request.headers.get('content-type')).toBeNull();
    expectGraphHeaders(request);
  });

  it('gives every call a fresh client-request-id', async () => {
    server.use(http.get(`${tokensUrl}/:id`, () => HttpResponse.json(docsToken)));
    const item = testClient().deviceAppManagement.vppTokens.byVppTokenId(docsTokenId);
    await item.get();
    await item.get();
    const ids = seen.map((r) => r.headers.get('client-request-id'));
    expect(ids[0]).toMatch(uuid);
    expect(ids[1]).toMatch(uuid);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('sends to the configured national-cloud base URL and appends a caller product to the User-Agent', async () => {
    server.use(
      http.get('https://graph.microsoft.us/v1.0/deviceAppManagement/vppTokens', () =>
        HttpResponse.json({ value: [] }),
      ),
    );
    await testClient({
      baseUrl: 'https://graph.microsoft.us/v1.0/',
      userAgent: 'contoso-admin/2.0',
    }).deviceAppManagement.vppTokens.get();
    expect(seen[0]!.url).toBe('https://graph.microsoft.us/v1.0/deviceAppManagement/vppTokens');
    expect(seen[0]!.headers.get('user-agent')).toBe(
      `graph-vpp-client/${packageVersion} contoso-admin/2.0`,
    );
  });

  it('uses a custom fetch when given one', async () => {
    const calls: string[] = [];
    const client = testClient({
      fetch: (input) => {
        calls.push(input);
        return Promise.resolve(Response.json({ value: [] }));
      },
    });
    await client.deviceAppManagement.vppTokens.get();
    expect(calls).toEqual([`${graph}/deviceAppManagement/vppTokens`]);
    expect(seen).toHaveLength(0);
  });
});
