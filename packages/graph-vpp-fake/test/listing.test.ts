import { describe, expect, it } from 'vitest';
import { createVppFake, defaultVppTokens } from '../src/entries/index.js';
import { call, graphRoot, seedIds, tokensPath } from './support/requests.js';

describe('list: paging, $top, $select, $count', () => {
  it('pages at the configured size with @odata.nextLink until the end', async () => {
    const fake = createVppFake({ pageSize: 4 });
    const first = await call(fake, 'GET', tokensPath);
    expect(first.json.value).toHaveLength(4);
    expect(first.json['@odata.nextLink']).toBe(`${graphRoot}${tokensPath}?$skiptoken=4`);
    const second = await call(fake, 'GET', first.json['@odata.nextLink'].slice(graphRoot.length));
    expect(second.json.value).toHaveLength(defaultVppTokens.length - 4);
    expect(second.json['@odata.nextLink']).toBeUndefined();
  });

  it('uses $top as the page size and carries $top/$select/$count into the next link', async () => {
    const fake = createVppFake();
    const r = await call(fake, 'GET', `${tokensPath}?$top=2&$select=id,state&$count=true`);
    expect(r.json['@odata.count']).toBe(defaultVppTokens.length);
    expect(r.json.value).toEqual([
      { id: seedIds.contosoBusiness, state: 'valid' },
      { id: seedIds.contosoEducation, state: 'valid' },
    ]);
    const next = new URL(r.json['@odata.nextLink']);
    expect(Object.fromEntries(next.searchParams)).toEqual({
      $top: '2',
      $select: 'id,state',
      $count: 'true',
      $skiptoken: '2',
    });
    const page2 = await call(fake, 'GET', `${next.pathname.replace('/v1.0', '')}${next.search}`);
    expect(page2.json.value.map((t: any) => t.id)).toEqual([seedIds.fabrikam, seedIds.expired]);
  });

  it('never pages beyond the service page size even with a larger $top', async () => {
    const fake = createVppFake({ pageSize: 3 });
    const r = await call(fake, 'GET', `${tokensPath}?$top=50`);
    expect(r.json.value).toHaveLength(3);
    expect(r.json['@odata.nextLink']).toContain('$skiptoken=3');
  });

  it('$top=0 is refused: $top must be a positive int32', async () => {
    const r = await call(createVppFake(), 'GET', `${tokensPath}?$top=0`);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/\$top query option requires a positive integer/);
  });

  it('$select on get returns only the selected properties (names case-insensitive)', async () => {
    const r = await call(
      createVppFake(),
      'GET',
      `${tokensPath}/${seedIds.fabrikam}?$select=ORGANIZATIONNAME,lastSyncStatus`,
    );
    expect(r.json).toEqual({ organizationName: 'Fabrikam GmbH', lastSyncStatus: 'none' });
  });

  it('omits @odata.count unless $count=true', async () => {
    const r = await call(createVppFake(), 'GET', `${tokensPath}?$count=false`);
    expect(r.json).not.toHaveProperty('@odata.count');
  });
});
