import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retryAfter.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  it.each([
    ['2.128', 2128],
    ['0', 0],
    ['30', 30_000],
    [' 5 ', 5000],
    ['Sat, 28 Nov 2026 12:00:10 GMT', 10_000],
    ['Sat, 28 Nov 2026 11:59:00 GMT', 0],
  ])('%j → %i ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
  it.each([null, undefined, '', 'soon', '-1'])('%j → undefined', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});
