import { describe, expect, it } from 'vitest';
import { GraphAuthError } from '../errors/graphAuthError.js';
import { TokenCache } from './tokenCache.js';
import type { AcquireToken, TokenRequestContext } from './tokenSource.js';

const minute = 60_000;

function source(
  results: (() => Promise<{
    token: string;
    expiresOnTimestamp?: number;
    refreshAfterTimestamp?: number;
  }>)[],
) {
  const calls: TokenRequestContext[] = [];
  const acquire: AcquireToken = (context) => {
    calls.push(context);
    const next = results[Math.min(calls.length - 1, results.length - 1)]!;
    return next();
  };
  return { acquire, calls };
}

describe('TokenCache', () => {
  it('reuses a token until two minutes before expiry, then refreshes', async () => {
    let now = 0;
    const { acquire, calls } = source([
      async () => ({ token: 't1', expiresOnTimestamp: 60 * minute }),
      async () => ({ token: 't2', expiresOnTimestamp: 120 * minute }),
    ]);
    const cache = new TokenCache(acquire, { now: () => now });
    expect(await cache.get(['s'])).toBe('t1');
    now = 58 * minute - 1;
    expect(await cache.get(['s'])).toBe('t1');
    expect(calls).toHaveLength(1);
    now = 58 * minute;
    expect(await cache.get(['s'])).toBe('t2');
    expect(calls).toHaveLength(2);
  });

  it('refreshes at refreshAfterTimestamp when that comes first', async () => {
    let now = 0;
    const { acquire, calls } = source([
      async () => ({
        token: 't1',
        expiresOnTimestamp: 60 * minute,
        refreshAfterTimestamp: 30 * minute,
      }),
      async () => ({ token: 't2', expiresOnTimestamp: 90 * minute }),
    ]);
    const cache = new TokenCache(acquire, { now: () => now });
    await cache.get(['s']);
    now = 30 * minute;
    expect(await cache.get(['s'])).toBe('t2');
    expect(calls).toHaveLength(2);
  });

  it('keeps one cache entry per scope set, whatever the order of scopes', async () => {
    const { acquire, calls } = source([
      async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60 * minute }),
    ]);
    const cache = new TokenCache(acquire);
    await cache.get(['a', 'b']);
    await cache.get(['b', 'a']);
    await cache.get(['c']);
    expect(calls.map((c) => c.scopes)).toEqual([['a', 'b'], ['c']]);
  });

  it('shares one request among 1,000 concurrent callers on a cold cache', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { acquire, calls } = source([
      async () => (await gate, { token: 'shared', expiresOnTimestamp: Date.now() + 60 * minute }),
    ]);
    const cache = new TokenCache(acquire);
    const all = Promise.all(Array.from({ length: 1000 }, () => cache.get(['s'])));
    release();
    const tokens = await all;
    expect(calls).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(['shared']));
  });

  it('does not cache failures: the error is useful and the next call tries again', async () => {
    const { acquire, calls } = source([
      async () => {
        throw new Error('AADSTS50076: MFA required');
      },
      async () => ({ token: 'ok', expiresOnTimestamp: Date.now() + 60 * minute }),
    ]);
    const cache = new TokenCache(acquire);
    const error = await cache
      .get(['https://graph.microsoft.com/.default'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect((error as GraphAuthError).code).toBe('token-unavailable');
    expect((error as Error).message).toBe(
      'Could not get an access token for https://graph.microsoft.com/.default: AADSTS50076: MFA required. The next request will try again.',
    );
    expect(await cache.get(['https://graph.microsoft.com/.default'])).toBe('ok');
    expect(calls).toHaveLength(2);
  });

  it('does not cache tokens of unknown lifetime', async () => {
    const { acquire, calls } = source([async () => ({ token: 'opaque' })]);
    const cache = new TokenCache(acquire);
    await cache.get(['s']);
    await cache.get(['s']);
    expect(calls).toHaveLength(2);
  });

  it('bypasses the cache for a claims challenge and replaces the cached token', async () => {
    const { acquire, calls } = source([
      async () => ({ token: 'old', expiresOnTimestamp: Date.now() + 60 * minute }),
      async () => ({ token: 'fresh', expiresOnTimestamp: Date.now() + 60 * minute }),
    ]);
    const cache = new TokenCache(acquire);
    expect(await cache.get(['s'])).toBe('old');
    expect(await cache.get(['s'], { claims: '{"access_token":{}}' })).toBe('fresh');
    expect(calls[1]!.claims).toBe('{"access_token":{}}');
    expect(await cache.get(['s'])).toBe('fresh');
    expect(calls).toHaveLength(2);
  });

  it("lets one caller's abort stop its own wait only, and the source's when nobody waits", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { acquire, calls } = source([
      async () => (await gate, { token: 't', expiresOnTimestamp: Date.now() + 60 * minute }),
    ]);
    const cache = new TokenCache(acquire);
    const impatient = new AbortController();
    const first = cache.get(['s'], { signal: impatient.signal });
    const second = cache.get(['s']);
    impatient.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]!.signal!.aborted).toBe(false);
    release();
    await expect(second).resolves.toBe('t');

    const alone = new AbortController();
    const { acquire: acquire2, calls: calls2 } = source([() => new Promise(() => undefined)]);
    const lonely = new TokenCache(acquire2).get(['s'], { signal: alone.signal });
    alone.abort();
    await expect(lonely).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls2[0]!.signal!.aborted).toBe(true);
  });
});
