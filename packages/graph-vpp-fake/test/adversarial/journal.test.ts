// The journal stays bounded: 200 PATCHes of 1 MB keep at most `maxEntries` entries, each body cut
// to `maxBodyBytes` and marked truncated (sizes asserted, not heap timings).
import { describe, expect, it } from 'vitest';
import { createVppFakeCore } from '../../src/entries/core.js';
import { call, seedIds, tokensPath } from '../support/requests.js';

describe('adversarial: a bounded journal', () => {
  it('200 PATCHes of 1 MB: maxEntries 50 kept, each body at most 64 KB', async () => {
    const fake = createVppFakeCore({ journal: { maxEntries: 50 } });
    // 1 MB of JSON whitespace after the object: a 1 MB body that is cheap to parse and check.
    const padding = ' '.repeat(1024 * 1024);
    for (let i = 0; i < 200; i += 1) {
      const r = await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
        rawBody: `{"organizationName":"Org ${i}"}${padding}`,
      });
      expect(r.status).toBe(200);
    }
    expect(fake.requests).toHaveLength(50);
    for (const entry of fake.requests) {
      expect(entry.bodyTruncated).toBe(true);
      expect(entry.bodyBytes).toBeGreaterThan(1024 * 1024);
      expect(typeof entry.body === 'string' && Buffer.byteLength(entry.body)).toBeLessThanOrEqual(
        65_536,
      );
    }
    // Oldest dropped first: the last entry is the last PATCH.
    expect(String(fake.requests.at(-1)?.body)).toMatch(/^\{"organizationName":"Org 199"\} {100}/);
    expect(fake.getVppToken(seedIds.fabrikam)?.organizationName).toBe('Org 199');
  });

  it('defaults: 1 000 entries; small bodies kept whole and parsed', async () => {
    const fake = createVppFakeCore();
    for (let i = 0; i < 1_005; i += 1) await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`);
    expect(fake.requests).toHaveLength(1_000);
    await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
      body: { organizationName: 'A' },
    });
    expect(fake.requests.at(-1)).toMatchObject({
      body: { organizationName: 'A' },
      bodyTruncated: false,
      bodyBytes: 24,
    });
  });

  it('refuses bounds that are not positive integers', () => {
    expect(() => createVppFakeCore({ journal: { maxEntries: 0 } })).toThrow(
      /journal.maxEntries must be a positive integer/,
    );
    expect(() => createVppFakeCore({ journal: { maxBodyBytes: 1.5 } })).toThrow(
      /journal.maxBodyBytes/,
    );
  });
});
