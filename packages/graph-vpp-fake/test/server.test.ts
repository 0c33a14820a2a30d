import { createVppTokensClient } from 'graph-vpp-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVppFakeServer, type RunningVppFakeServer } from '../src/entries/server.js';
import { bearerProvider } from './support/auth.js';
import { seedIds } from './support/requests.js';

describe('standalone node:http server', { timeout: 30_000 }, () => {
  let running: RunningVppFakeServer;
  beforeAll(async () => {
    running = await startVppFakeServer({ port: 0 });
  });
  afterAll(() => running.close());

  const headers = () => ({ authorization: `Bearer ${running.fake.mintAccessToken()}` });

  it('listens on 127.0.0.1 with a free port and prints its base URL', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.baseUrl).toBe(`${running.url}/v1.0`);
  });

  it('answers real HTTP requests with Graph headers', async () => {
    const response = await fetch(
      `${running.baseUrl}/deviceAppManagement/vppTokens/${seedIds.fabrikam}`,
      {
        headers: { ...headers(), 'client-request-id': 'abc' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('client-request-id')).toBe('abc');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await response.json()) as { id: string }).id).toBe(seedIds.fabrikam);
    const unauthenticated = await fetch(`${running.baseUrl}/deviceAppManagement/vppTokens`);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toMatch(/^Bearer realm=""/);
  });

  it('answers CORS preflights', async () => {
    const response = await fetch(`${running.baseUrl}/deviceAppManagement/vppTokens`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PATCH' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('serves the real client, with next links on its own base URL', async () => {
    running.fake.reset();
    const client = createVppTokensClient({
      authProvider: bearerProvider(() => running.fake.mintAccessToken()),
      baseUrl: running.baseUrl,
    });
    const page = await client.deviceAppManagement.vppTokens.get({ queryParameters: { top: 2 } });
    expect(page?.value).toHaveLength(2);
    expect(
      page?.odataNextLink?.startsWith(`${running.baseUrl}/deviceAppManagement/vppTokens?`),
    ).toBe(true);
  });

  it('loses no update under 500 concurrent creates', async () => {
    running.fake.reset();
    const before = running.fake.listVppTokens().length;
    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        fetch(`${running.baseUrl}/deviceAppManagement/vppTokens`, {
          method: 'POST',
          headers: { ...headers(), 'content-type': 'application/json' },
          body: JSON.stringify({ token: `bulk-${i}`, organizationName: `Org ${i}` }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(500).fill(201));
    const ids = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { id: string }).id),
    );
    expect(new Set(ids).size).toBe(500);
    const list = await fetch(
      `${running.baseUrl}/deviceAppManagement/vppTokens?$count=true&$top=1`,
      { headers: headers() },
    );
    expect(((await list.json()) as { '@odata.count': number })['@odata.count']).toBe(before + 500);
  });

  it('reports a contract violation as a 500 and records it', async () => {
    const drifted = await startVppFakeServer({ vppTokens: [{ id: 'bad', state: 'retired' }] });
    const original = console.error;
    const logged: string[] = [];
    console.error = (message: string) => void logged.push(message);
    try {
      const response = await fetch(`${drifted.baseUrl}/deviceAppManagement/vppTokens/bad`, {
        headers: { authorization: `Bearer ${drifted.fake.mintAccessToken()}` },
      });
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('FakeError');
      expect(drifted.fake.contractViolations).toHaveLength(1);
      expect(logged.join()).toMatch(/does not match the spec/);
    } finally {
      console.error = original;
      await drifted.close();
    }
  });
});
