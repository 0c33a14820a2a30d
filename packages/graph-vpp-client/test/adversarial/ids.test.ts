// Ids: every class of bad id gets a TypeError that names the problem before any request leaves;
// long ids are shortened wherever an error message shows them.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SyncTimeoutError } from '../../src/index.js';
import { docsToken, testClient } from '../support/graph.js';
import { seen, server, useGraphServer } from '../support/server.js';

useGraphServer();

const surrogateIds: [string, string][] = [
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate', '\uDFFF'],
  ['lone low inside text', 'a\uDFFFb'],
  ['lone high at the end', 'abc\uDBFF'],
  ['reversed pair', '\uDC00\uD800'],
  ['high followed by a non-surrogate', '\uD83Dx'],
  ['long id with one lone surrogate', `${'x'.repeat(5000)}\uD800${'y'.repeat(5000)}`],
];

describe('vppTokenId with lone surrogates', () => {
  let unclear = 0;
  it.each(surrogateIds)('%s: a clear TypeError, no URIError, nothing sent', (_label, id) => {
    server.use(http.all('*', () => HttpResponse.json(docsToken)));
    const client = testClient();
    let error: unknown;
    try {
      client.deviceAppManagement.vppTokens.byVppTokenId(id);
    } catch (e) {
      error = e;
    }
    const message = error instanceof Error ? error.message : '';
    if (!(error instanceof TypeError) || !/^vppTokenId .* is not valid text/.test(message))
      unclear++;
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).name).toBe('TypeError'); // not URIError
    expect(message).toMatch(/half of a UTF-16 surrogate pair/);
    expect(message.length).toBeLessThan(300); // long ids are shortened
    expect(message).not.toMatch(/[\uD800-\uDFFF]/); // shown as \ud800 escapes
    expect(seen).toHaveLength(0);
    expect(unclear).toBe(0);
  });

  it('shows a long id by its start, end and length', () => {
    const id = `${'x'.repeat(5000)}\uD800`;
    expect(() => testClient().deviceAppManagement.vppTokens.byVppTokenId(id)).toThrow(
      `vppTokenId "${'x'.repeat(40)}…xxxxxxxxxxx\\ud800" (5001 characters) is not valid text`,
    );
  });

  it.each([
    ['a valid surrogate pair', '\uD83D\uDE00', '%F0%9F%98%80'],
    ['a long plain id', 'z'.repeat(2000), 'z'.repeat(2000)],
  ])('accepts %s and sends it as one segment', async (_label, id, segment) => {
    server.use(http.post('*/syncLicenses', () => HttpResponse.json(docsToken)));
    await testClient().deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post();
    expect(new URL(seen[0]!.url).pathname).toBe(
      `/v1.0/deviceAppManagement/vppTokens/${segment}/syncLicenses`,
    );
  });

  it.each([
    [undefined, 'got undefined'],
    [null, 'got null'],
    [42, 'got number'],
    [{ id: 'x' }, 'got object'],
  ])('refuses a non-string id %j', (id, text) => {
    expect(() =>
      testClient().deviceAppManagement.vppTokens.byVppTokenId(id as unknown as string),
    ).toThrow(`vppTokenId must be a string, ${text}.`);
  });

  it('shortens a long id in SyncTimeoutError', () => {
    const error = new SyncTimeoutError('q'.repeat(10_000), 1000, undefined);
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('(10000 characters)');
  });
});
