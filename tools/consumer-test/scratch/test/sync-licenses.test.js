// syncLicenses through graph-vpp-client + graph-vpp-auth against graph-vpp-fake, in Node via msw.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, afterEach, before, test } from 'node:test';
import { createVppTokensClient, isGraphError, waitForSync } from 'graph-vpp-client';
import { createGraphAuthProvider } from 'graph-vpp-auth';
import { setupVppFakeServer } from 'graph-vpp-fake/node';

const expectedMswMajor = Number(process.env.EXPECT_MSW_MAJOR);
const { server, fake, reset, mswMajor } = setupVppFakeServer();

before(() => server.listen());
afterEach(() => reset());
after(() => server.close());

test('the fake detects the installed msw major (2 or 3)', () => {
  assert.equal(mswMajor, expectedMswMajor);
});

test('syncLicenses via client + auth against the fake, then waitForSync', async () => {
  const authProvider = createGraphAuthProvider({ accessToken: fake.mintAccessToken() });
  const client = createVppTokensClient({ authProvider, retry: { clock: fake.clock } });
  const token = fake.listVppTokens().find((t) => t.state === 'valid');
  assert.ok(token, 'the fake seeds a valid token');

  const started = await client.deviceAppManagement.vppTokens
    .byVppTokenId(token.id)
    .syncLicenses.post();
  assert.equal(started?.id, token.id);
  assert.equal(started?.lastSyncStatus, 'inProgress');

  const done = await waitForSync(client, token.id, { clock: fake.clock });
  assert.equal(done.lastSyncStatus, 'completed');
  const syncs = fake.requests.filter((r) => r.operationId === 'vppTokens.syncLicenses');
  assert.equal(syncs.length, 1);
});

test('a 404 from the fake surfaces as a GraphError', async () => {
  const authProvider = createGraphAuthProvider({ accessToken: fake.mintAccessToken() });
  const client = createVppTokensClient({ authProvider, retry: false });
  const missing = '00000000-0000-0000-0000-000000000000';
  await assert.rejects(
    client.deviceAppManagement.vppTokens.byVppTokenId(missing).syncLicenses.post(),
    (error) => isGraphError(error) && error.status === 404,
  );
});

// The proof for msw 3's rename: msw 2 reads `onUnhandledRequest`, msw 3 only `onUnhandledFrame`
// and falls back to `warn` (the request goes out) when given the old name. A real local server
// answers if the request gets through, so only a working 'error' strategy makes this fetch fail.
test('unhandled requests fail loudly: onUnhandledRequest (msw 2) / onUnhandledFrame (msw 3)', async () => {
  const bystander = createServer((_request, response) => response.end('reached the network'));
  await new Promise((resolve) => bystander.listen(0, '127.0.0.1', () => resolve(undefined)));
  const errors = [];
  const originalError = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  try {
    const { port } = bystander.address();
    await assert.rejects(fetch(`http://127.0.0.1:${port}/not-graph`));
  } finally {
    console.error = originalError;
    bystander.close();
  }
  assert.ok(
    errors.some((line) => line.includes('/not-graph')),
    `msw did not report the unhandled request: ${errors.join('\n')}`,
  );
});
