import { describe, expect, it } from 'vitest';
import { decodeAppleToken, parseAppleDate } from './appleToken.js';

const now = Date.parse('2026-06-15T12:00:00Z');
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('parseAppleDate', () => {
  it.each([
    ['2027-08-15T18:13:52-0700', '2027-08-16T01:13:52.000Z'],
    ['2027-08-15T18:13:52+05:30', '2027-08-15T12:43:52.000Z'],
    ['2027-08-15T18:13:52.250Z', '2027-08-15T18:13:52.250Z'],
  ])('reads %s', (text, iso) => {
    expect(parseAppleDate(text)?.toISOString()).toBe(iso);
  });

  it.each(['2027-08-15', '15/08/2027 18:13', '2027-13-45T99:00:00Z', ''])('refuses %j', (text) => {
    expect(parseAppleDate(text)).toBeUndefined();
  });
});

describe('decodeAppleToken', () => {
  it('returns the trimmed file text to upload, the expiry and the organisation', () => {
    const text = encode({ token: 'secret', expDate: '2027-01-01T00:00:00-0000', orgName: ' Org ' });
    const decoded = decodeAppleToken(`\n${text}\r\n`, now, 'new.vpptoken');
    expect(decoded).toEqual({
      fileText: text,
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      organizationName: 'Org',
    });
  });

  it('never puts the token into an error', () => {
    const text = encode({ token: 'secret-xyz', expDate: '2020-01-01T00:00:00Z', orgName: 'Org' });
    expect(() => decodeAppleToken(text, now, 'old.vpptoken')).toThrow(/expired on 2020-01-01/);
    const message = messageOf(() => decodeAppleToken(text, now, 'old.vpptoken'));
    expect(message).toMatch(/expired on 2020-01-01/);
    expect(message).not.toContain('secret-xyz');
    expect(message).not.toContain(text);
  });
});

/** The message of what `run` throws; a run that does not throw fails the calling test. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the call to throw');
}
