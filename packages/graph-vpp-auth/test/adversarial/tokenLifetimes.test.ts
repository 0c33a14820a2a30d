// Every class of token lifetime: how many token requests 50 calls cost, and when the cached
// token is given up (shortly before its real expiry, never after it).
import { describe, expect, it } from 'vitest';
import { createGraphAuthProvider } from '../../src/index.js';
import { RequestInformation } from '@microsoft/kiota-abstractions';
import { fakeJwt } from '../support/jwt.js';

const start = Date.parse('2026-11-28T12:00:00Z');

function counted(lifetimeMs: number | undefined, as: 'credential' | 'jwt-string') {
  let now = start;
  let requests = 0;
  const expiresOnTimestamp = (at: number) =>
    lifetimeMs === undefined ? undefined : at + lifetimeMs;
  const provider =
    as === 'credential'
      ? createGraphAuthProvider(
          {
            credential: {
              getToken: () => {
                requests++;
                const exp = expiresOnTimestamp(now);
                return Promise.resolve({
                  token: `opaque-${requests}`,
                  expiresOnTimestamp: exp ?? NaN,
                });
              },
            },
          },
          { now: () => now },
        )
      : createGraphAuthProvider(
          {
            getAccessToken: () => {
              requests++;
              const exp = expiresOnTimestamp(now);
              return Promise.resolve(
                fakeJwt(exp === undefined ? { n: requests } : { n: requests, exp: exp / 1000 }),
              );
            },
          },
          { now: () => now },
        );
  const call = async () => {
    const request = new RequestInformation();
    request.urlTemplate = 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens';
    await provider.authenticateRequest(request);
    return request.headers.tryGetValue('Authorization')?.[0];
  };
  return { call, requests: () => requests, advance: (ms: number) => (now += ms) };
}

/** [label, lifetime ms, token requests for 50 calls at one instant, reused until (ms)]. */
const lifetimes: [string, number | undefined, number, number | undefined][] = [
  ['1 s', 1_000, 1, 500],
  ['30 s', 30_000, 1, 25_000],
  ['119 s', 119_000, 1, 107_100],
  ['121 s', 121_000, 1, 108_900],
  ['1 h', 3_600_000, 1, 3_480_000],
  ['already expired', -5_000, 50, undefined],
  ['expiring now', 0, 50, undefined],
];

describe.each(['jwt-string', 'credential'] as const)('token lifetimes from a %s source', (as) => {
  it.each(lifetimes)(
    '%s: 50 calls cost %i token request(s)',
    async (_label, lifetime, expected, reusedUntil) => {
      const source = counted(lifetime, as);
      for (let i = 0; i < 50; i++) await source.call();
      expect(source.requests()).toBe(expected);
      if (reusedUntil === undefined) return;
      source.advance(reusedUntil - 1);
      await source.call();
      expect(source.requests()).toBe(1); // still the first token
      source.advance(1);
      await source.call();
      expect(source.requests()).toBe(2); // refreshed shortly before expiry, not after
      expect(reusedUntil).toBeLessThan(lifetime ?? 0);
    },
  );
});

it('a JWT without exp is asked for every time (its lifetime is unknown)', async () => {
  const source = counted(undefined, 'jwt-string');
  for (let i = 0; i < 50; i++) await source.call();
  expect(source.requests()).toBe(50);
});

it('a credential whose expiresOnTimestamp is not a number is not kept', async () => {
  const source = counted(undefined, 'credential');
  for (let i = 0; i < 5; i++) await source.call();
  expect(source.requests()).toBe(5);
});

it('an absurd expiry (past year 275760) still yields the token, and logs no error', async () => {
  const lines: string[] = [];
  const provider = createGraphAuthProvider(
    {
      credential: {
        getToken: () => Promise.resolve({ token: 'opaque', expiresOnTimestamp: 1e20 }),
      },
    },
    { log: (line) => lines.push(line) },
  );
  const request = new RequestInformation();
  request.urlTemplate = 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens';
  await provider.authenticateRequest(request);
  expect(request.headers.tryGetValue('Authorization')).toEqual(['Bearer opaque']);
  expect(lines.join('\n')).toContain('has no readable expiry');
});
