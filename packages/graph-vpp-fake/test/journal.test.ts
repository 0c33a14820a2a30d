import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { call, fixedStart, graphRoot, seedIds, tokensPath } from './support/requests.js';

describe('request journal', () => {
  it('records method, path, query, selected headers, body, status and operation id, never authorization', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    const token = fake.mintAccessToken();
    await call(fake, 'GET', `${tokensPath}?$top=1`, {
      token,
      headers: { 'client-request-id': 'c-1' },
    });
    await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
      token,
      body: { automaticallyUpdateApps: false },
    });
    await call(fake, 'POST', `${tokensPath}/${seedIds.fabrikam}/syncLicenses`, { token });
    await call(fake, 'GET', '/nowhere', { token });
    expect(fake.requests).toHaveLength(4);
    expect(fake.requests[0]).toMatchObject({
      time: fixedStart,
      method: 'GET',
      url: `${graphRoot}${tokensPath}?$top=1`,
      path: `/v1.0${tokensPath}`,
      query: { $top: '1' },
      headers: { 'client-request-id': 'c-1' },
      body: undefined,
      status: 200,
      operationId: 'vppTokens.list',
    });
    expect(fake.requests[1]).toMatchObject({
      body: { automaticallyUpdateApps: false },
      operationId: 'vppTokens.update',
    });
    expect(fake.requests.filter((r) => r.operationId === 'vppTokens.syncLicenses')).toHaveLength(1);
    expect(fake.requests[3]).toMatchObject({ status: 400, operationId: undefined });
    for (const entry of fake.requests) expect(entry.headers).not.toHaveProperty('authorization');
    expect(JSON.stringify(fake.requests)).not.toContain(token);
  });
});
