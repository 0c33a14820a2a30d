import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { enumValue } from '../src/index.js';
import { docsToken, docsTokenId, testClient, tokensUrl } from './support/graph.js';
import { server, useGraphServer } from './support/server.js';

useGraphServer();

const getWith = async (body: JsonBodyType) => {
  server.use(http.get(`${tokensUrl}/:id`, () => HttpResponse.json(body)));
  return testClient().deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).get();
};

describe('dates', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Kolkata'])(
    'arrive as Date objects with offsets honoured under TZ=%s',
    async (zone) => {
      process.env.TZ = zone;
      const token = await getWith({
        ...docsToken,
        expirationDateTime: '2016-12-31T23:57:57.2481234-08:00',
        lastSyncDateTime: '2017-01-01T10:00:00Z',
        lastModifiedDateTime: '2017-01-01T00:00:35', // no zone: Graph means UTC
      });
      expect(token?.expirationDateTime).toBeInstanceOf(Date);
      expect(token?.expirationDateTime?.toISOString()).toBe('2017-01-01T07:57:57.248Z');
      expect(token?.lastSyncDateTime?.toISOString()).toBe('2017-01-01T10:00:00.000Z');
      expect(token?.lastModifiedDateTime?.toISOString()).toBe('2017-01-01T00:00:35.000Z');
    },
  );

  it('reads zone-less dates as UTC inside collections too', async () => {
    process.env.TZ = 'America/New_York';
    server.use(
      http.get(tokensUrl, () =>
        HttpResponse.json({ value: [{ ...docsToken, lastSyncDateTime: '2025-01-02T03:04:05' }] }),
      ),
    );
    const page = await testClient().deviceAppManagement.vppTokens.get();
    expect(page?.value?.[0]?.lastSyncDateTime?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });
});

describe('enum values the spec does not know', () => {
  it('are kept in additionalData and reachable with enumValue()', async () => {
    const token = await getWith({
      ...docsToken,
      state: 'duplicateLocationId',
      lastSyncStatus: 'queued',
    });
    expect(token?.state).toBeUndefined();
    expect(token?.additionalData).toEqual({
      state: 'duplicateLocationId',
      lastSyncStatus: 'queued',
    });
    expect(enumValue(token!, 'state')).toBe('duplicateLocationId');
    expect(enumValue(token!, 'lastSyncStatus')).toBe('queued');
    expect(enumValue(token!, 'vppTokenAccountType')).toBe('education');
  });

  it('are kept for every token of a page', async () => {
    server.use(
      http.get(tokensUrl, () =>
        HttpResponse.json({ value: [docsToken, { ...docsToken, state: 'brandNew' }] }),
      ),
    );
    const page = await testClient().deviceAppManagement.vppTokens.get();
    expect(page?.value?.map((t) => enumValue(t, 'state'))).toEqual(['valid', 'brandNew']);
  });

  it('leave known values and unknown properties alone', async () => {
    const token = await getWith({ ...docsToken, newProperty: 'x' });
    expect(token?.state).toBe('valid');
    expect(token?.additionalData).toEqual({ newProperty: 'x' });
  });
});
