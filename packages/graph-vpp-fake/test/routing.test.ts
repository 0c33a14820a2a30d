import { describe, expect, it } from 'vitest';
import { createVppFake, graphCloudHosts } from '../src/entries/index.js';
import { call, seedIds, tokensPath } from './support/requests.js';

describe('routing', () => {
  it.each(graphCloudHosts)('serves https://%s/v1.0', async (host) => {
    const r = await call(createVppFake(), 'GET', tokensPath, { root: `https://${host}/v1.0` });
    expect(r.status).toBe(200);
    expect(r.json.value.length).toBeGreaterThan(0);
  });

  it('builds next links on the host the request used', async () => {
    const r = await call(createVppFake({ pageSize: 1 }), 'GET', tokensPath, {
      root: 'https://dod-graph.microsoft.us/v1.0',
    });
    expect(r.json['@odata.nextLink']).toMatch(
      /^https:\/\/dod-graph\.microsoft\.us\/v1\.0\/deviceAppManagement\/vppTokens\?/,
    );
  });

  it('matches paths and the version case-insensitively', async () => {
    const fake = createVppFake();
    const r = await call(
      fake,
      'POST',
      `/DEVICEAPPMANAGEMENT/vpptokens/${seedIds.fabrikam}/SYNCLICENSES`,
      {
        root: 'https://GRAPH.microsoft.com/V1.0',
      },
    );
    expect(r.status).toBe(200);
    expect(fake.requests[0]?.operationId).toBe('vppTokens.syncLicenses');
  });

  it('accepts the namespaced …/microsoft.graph.syncLicenses form', async () => {
    const fake = createVppFake();
    const r = await call(
      fake,
      'POST',
      `${tokensPath}/${seedIds.fabrikam}/microsoft.graph.syncLicenses`,
    );
    expect(r.status).toBe(200);
    expect(r.json.lastSyncStatus).toBe('inProgress');
    expect(fake.requests[0]?.operationId).toBe('vppTokens.syncLicenses');
  });

  it('answers a custom base URL', async () => {
    const fake = createVppFake({ baseUrl: 'http://127.0.0.1:1234/v1.0' });
    const r = await call(fake, 'GET', tokensPath, { root: 'http://127.0.0.1:1234/v1.0' });
    expect(r.status).toBe(200);
    expect(fake.serves('http://127.0.0.1:1234/v1.0/x')).toBe(true);
    expect(fake.serves('http://127.0.0.1:9999/v1.0/x')).toBe(false);
  });

  it('does not serve other hosts (fetch rejects like a network failure)', async () => {
    const fake = createVppFake();
    expect(fake.serves('https://example.com/v1.0/deviceAppManagement/vppTokens')).toBe(false);
    expect(fake.serves('http://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens')).toBe(
      false,
    );
    await expect(
      call(fake, 'GET', tokensPath, { root: 'https://example.com/v1.0' }),
    ).rejects.toThrow(TypeError);
  });

  it.each([
    ['/deviceAppManagement/vppTokenz', 'vppTokenz'],
    [`/deviceAppManagement/vppTokens/${seedIds.fabrikam}/revokeLicenses`, 'revokeLicenses'],
    ['/deviceManagement/managedDevices', 'deviceManagement'],
    ['/deviceAppManagement', 'deviceAppManagement'],
  ])(
    'answers an unknown path %s with 400 "Resource not found for the segment"',
    async (path, segment) => {
      const r = await call(createVppFake(), 'GET', path);
      expect(r.status).toBe(400);
      expect(r.json.error).toMatchObject({
        code: 'BadRequest',
        message: `Resource not found for the segment '${segment}'.`,
      });
    },
  );

  it('answers another version with 404 Invalid version', async () => {
    const r = await call(createVppFake(), 'GET', tokensPath, {
      root: 'https://graph.microsoft.com/v2.0',
    });
    expect(r.status).toBe(404);
    expect(r.json.error.message).toBe('Invalid version: v2.0');
  });

  it('answers a method the path does not have with 405', async () => {
    const r = await call(createVppFake(), 'PUT', `${tokensPath}/${seedIds.fabrikam}`, { body: {} });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, PATCH, DELETE');
  });

  it('derives its routes, permissions and operation ids from the spec', () => {
    const fake = createVppFake();
    expect(
      fake.operations.map(
        (o) => `${o.method} ${o.pathTemplate} ${o.operationId} ${o.permissionSet}`,
      ),
    ).toEqual([
      'GET /deviceAppManagement/vppTokens vppTokens.list read',
      'POST /deviceAppManagement/vppTokens vppTokens.create write',
      'GET /deviceAppManagement/vppTokens/{vppTokenId} vppTokens.get read',
      'PATCH /deviceAppManagement/vppTokens/{vppTokenId} vppTokens.update write',
      'DELETE /deviceAppManagement/vppTokens/{vppTokenId} vppTokens.delete write',
      'POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses vppTokens.syncLicenses write',
      'GET /deviceAppManagement/mobileApps/graph.iosVppApp iosVppApps.list appsRead',
      'GET /deviceAppManagement/mobileApps/{mobileAppId}/graph.iosVppApp iosVppApps.get appsRead',
    ]);
  });
});
