// PATCH as the docs say (200 + token) and as Intune answers (204): the real client handles both.
import { createVppTokensClient, updateVppToken } from 'graph-vpp-client';
import { describe, expect, it } from 'vitest';
import { createVppFake } from '../src/entries/index.js';
import { bearerProvider } from './support/auth.js';
import { fixedStart, seedIds } from './support/requests.js';

describe.each([
  ['token', 200, 1],
  ['noContent', 204, 2],
] as const)('updateResponse %s', (updateResponse, status, requests) => {
  it(`answers ${status}; updateVppToken returns the updated token`, async () => {
    const fake = createVppFake({ startTime: fixedStart, updateResponse });
    const client = createVppTokensClient({
      authProvider: bearerProvider(() => fake.mintAccessToken()),
      fetch: (input, init) => fake.fetch(input, init),
    });
    const updated = await updateVppToken(client, seedIds.fabrikam, {
      automaticallyUpdateApps: false,
    });
    expect(updated.id).toBe(seedIds.fabrikam);
    expect(updated.automaticallyUpdateApps).toBe(false);
    expect(fake.getVppToken(seedIds.fabrikam)?.automaticallyUpdateApps).toBe(false);
    const patch = fake.requests.find((r) => r.operationId === 'vppTokens.update');
    expect(patch?.status).toBe(status);
    expect(fake.requests).toHaveLength(requests); // a 204 costs one GET to read the token back
  });
});
