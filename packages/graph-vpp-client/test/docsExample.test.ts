import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { docsToken, docsTokenId, testClient, tokensUrl } from './support/graph.js';
import { server, useGraphServer } from './support/server.js';

useGraphServer();

// The seed docs page's syncLicenses response, byte for byte in structure.
const seedResponse = {
  value: {
    '@odata.type': '#microsoft.graph.vppToken',
    id: '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c',
    organizationName: 'Organization Name value',
    vppTokenAccountType: 'education',
    appleId: 'Apple Id value',
    expirationDateTime: '2016-12-31T23:57:57.2481234-08:00',
    lastSyncDateTime: '2017-01-01T00:02:49.3205976-08:00',
    token: 'Token value',
    lastModifiedDateTime: '2017-01-01T00:00:35.1329464-08:00',
    state: 'valid',
    lastSyncStatus: 'inProgress',
    automaticallyUpdateApps: true,
    countryOrRegion: 'Country Or Region value',
  },
};

async function syncWith(body: JsonBodyType) {
  server.use(http.post(`${tokensUrl}/:id/syncLicenses`, () => HttpResponse.json(body)));
  return testClient().deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).syncLicenses.post();
}

describe("the seed docs page's syncLicenses example", () => {
  it('parses field by field from the wrapped form the docs print', async () => {
    const token = await syncWith(seedResponse);
    expect(token?.odataType).toBe('#microsoft.graph.vppToken');
    expect(token?.id).toBe('9ceb2f92-2f92-9ceb-922f-eb9c922feb9c');
    expect(token?.organizationName).toBe('Organization Name value');
    expect(token?.vppTokenAccountType).toBe('education');
    expect(token?.appleId).toBe('Apple Id value');
    // -08:00 honoured; Date keeps milliseconds (the 7-digit fraction is truncated).
    expect(token?.expirationDateTime?.toISOString()).toBe('2017-01-01T07:57:57.248Z');
    expect(token?.lastSyncDateTime?.toISOString()).toBe('2017-01-01T08:02:49.320Z');
    expect(token?.token).toBe('Token value');
    expect(token?.lastModifiedDateTime?.toISOString()).toBe('2017-01-01T08:00:35.132Z');
    expect(token?.state).toBe('valid');
    expect(token?.lastSyncStatus).toBe('inProgress');
    expect(token?.automaticallyUpdateApps).toBe(true);
    expect(token?.countryOrRegion).toBe('Country Or Region value');
    expect(token?.additionalData ?? {}).toEqual({});
  });

  it('gives the same typed VppToken for the bare form the service and SDKs use', async () => {
    const wrapped = await syncWith(seedResponse);
    const bare = await syncWith(docsToken);
    expect(bare).toEqual(wrapped);
  });

  it('keeps a bare entity with an @odata.context annotation as it is', async () => {
    const token = await syncWith({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#vppTokens/$entity',
      ...docsToken,
    });
    expect(token?.id).toBe(docsTokenId);
  });

  it('unwraps the docs form on Get too', async () => {
    server.use(http.get(`${tokensUrl}/:id`, () => HttpResponse.json(seedResponse)));
    const token = await testClient().deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
    expect(token?.id).toBe(docsTokenId);
  });

  it('does not unwrap a collection (value is an array)', async () => {
    server.use(http.get(tokensUrl, () => HttpResponse.json({ value: [docsToken, docsToken] })));
    const page = await testClient().deviceAppManagement.vppTokens.get();
    expect(page?.value).toHaveLength(2);
  });
});
