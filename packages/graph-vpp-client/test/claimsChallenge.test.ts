import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../src/index.js';
import {
  bearerAuth,
  docsToken,
  docsTokenId,
  graphErrorBody,
  testClient,
  tokensUrl,
} from './support/graph.js';
import { seen, server, useGraphServer } from './support/server.js';

useGraphServer();

const claims = Buffer.from(
  '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}',
).toString('base64');
const challenge = () =>
  HttpResponse.json(
    graphErrorBody(
      'InvalidAuthenticationToken',
      'Continuous access evaluation resulted in challenge',
    ),
    {
      status: 401,
      headers: {
        'www-authenticate': `Bearer realm="", error="insufficient_claims", claims="${claims}"`,
      },
    },
  );

describe('continuous access evaluation', () => {
  it('retries once with the claims passed to the auth provider', async () => {
    let calls = 0;
    server.use(
      http.post(`${tokensUrl}/:id/syncLicenses`, () =>
        calls++ === 0 ? challenge() : HttpResponse.json(docsToken),
      ),
    );
    const auth = bearerAuth();
    const client = testClient({ authProvider: auth.provider });
    await expect(
      client.deviceAppManagement.vppTokens.byVppTokenId(docsTokenId).syncLicenses.post(),
    ).resolves.toMatchObject({ id: docsTokenId });
    expect(seen).toHaveLength(2);
    expect(auth.contexts).toEqual([{}, { claims }]);
  });

  it('gives up with a GraphError 401 when the second answer is another challenge', async () => {
    server.use(http.post(`${tokensUrl}/:id/syncLicenses`, challenge));
    const auth = bearerAuth();
    const client = testClient({ authProvider: auth.provider });
    const error = await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .syncLicenses.post()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(401);
    expect(seen).toHaveLength(2);
    // A reused client starts the next call with a fresh challenge budget.
    await client.deviceAppManagement.vppTokens
      .byVppTokenId(docsTokenId)
      .syncLicenses.post()
      .catch(() => undefined);
    expect(seen).toHaveLength(4);
  });

  it('does not retry a 401 without claims', async () => {
    server.use(
      http.get(`${tokensUrl}/:id`, () =>
        HttpResponse.json(graphErrorBody('InvalidAuthenticationToken', 'Access token is empty.'), {
          status: 401,
        }),
      ),
    );
    const error = await testClient()
      .deviceAppManagement.vppTokens.byVppTokenId(docsTokenId)
      .get()
      .catch((e: unknown) => e);
    expect((error as GraphError).code).toBe('InvalidAuthenticationToken');
    expect(seen).toHaveLength(1);
  });
});
