import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isGraphError, updateVppToken } from '../src/index.js';
import { docsToken, docsTokenId, graphErrorBody, testClient, tokensUrl } from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

const itemUrl = `${tokensUrl}/:id`;
const methodsSeen = () => seen.map((r) => `${r.method} ${new URL(r.url).pathname}`);
const itemPath = `/v1.0/deviceAppManagement/vppTokens/${docsTokenId}`;

describe('updateVppToken', () => {
  it('returns the 200 body of the PATCH and sends no GET', async () => {
    server.use(
      http.patch(itemUrl, async ({ request }) =>
        HttpResponse.json({ ...docsToken, ...((await request.json()) as object) }),
      ),
      http.get(itemUrl, () => HttpResponse.json({ ...docsToken, organizationName: 'stale' })),
    );
    const updated = await updateVppToken(testClient(), docsTokenId, {
      automaticallyUpdateApps: false,
    });
    expect(updated.automaticallyUpdateApps).toBe(false);
    expect(updated.organizationName).toBe('Organization Name value');
    expect(methodsSeen()).toEqual([`PATCH ${itemPath}`]);
    expect(await seen[0]!.json()).toEqual({ automaticallyUpdateApps: false });
  });

  it('reads the token back with one GET when the PATCH answers 204 without a body', async () => {
    let stored: Record<string, unknown> = { ...docsToken };
    server.use(
      http.patch(itemUrl, async ({ request }) => {
        stored = { ...stored, ...((await request.json()) as object) };
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(itemUrl, () => HttpResponse.json(stored)),
    );
    const updated = await updateVppToken(testClient(), docsTokenId, { countryOrRegion: 'gb' });
    expect(updated.countryOrRegion).toBe('gb');
    expect(updated.id).toBe(docsTokenId);
    expect(methodsSeen()).toEqual([`PATCH ${itemPath}`, `GET ${itemPath}`]);
  });

  it('says so when neither the PATCH nor the GET has a body', async () => {
    server.use(
      http.patch(itemUrl, () => new HttpResponse(null, { status: 204 })),
      http.get(itemUrl, () => new HttpResponse(null, { status: 204 })),
    );
    await expect(
      updateVppToken(testClient(), docsTokenId, { countryOrRegion: 'gb' }),
    ).rejects.toThrow(
      `Graph answered the update of vppToken ${docsTokenId} without a body, and reading it back returned no body either.`,
    );
  });

  it('rejects with the GraphError of a failed PATCH and sends no GET', async () => {
    server.use(
      http.patch(itemUrl, () =>
        HttpResponse.json(graphErrorBody('ResourceNotFound', 'No such vppToken'), { status: 404 }),
      ),
    );
    const error: unknown = await updateVppToken(testClient(), docsTokenId, {
      countryOrRegion: 'gb',
    }).catch((e: unknown) => e);
    expect(isGraphError(error) && error.status).toBe(404);
    expect(methodsSeen()).toEqual([`PATCH ${itemPath}`]);
  });

  it('refuses an id that is a path segment before sending anything', async () => {
    await expect(updateVppToken(testClient(), '..', {})).rejects.toThrow(/path segment/);
    expect(seen).toHaveLength(0);
  });

  it('is cancellable: an aborted signal stops the GET that would follow a 204', async () => {
    const controller = new AbortController();
    server.use(
      http.patch(itemUrl, () => {
        controller.abort();
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(itemUrl, () => HttpResponse.json(docsToken)),
    );
    const error: unknown = await updateVppToken(
      testClient(),
      docsTokenId,
      { countryOrRegion: 'gb' },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(isGraphError(error)).toBe(false);
    expect(methodsSeen()).toEqual([`PATCH ${itemPath}`]);
  });
});
