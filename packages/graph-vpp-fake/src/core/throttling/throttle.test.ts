import { describe, expect, it } from 'vitest';
import { formatRetryAfter, SlidingWindowThrottle } from './throttle.js';

describe('SlidingWindowThrottle', () => {
  it('slides: a slot frees exactly when the oldest admitted request leaves the window', () => {
    const throttle = new SlidingWindowThrottle({ windowMs: 1000, requestsPerWindow: 2 });
    expect(throttle.admit('k', false, 0).allowed).toBe(true);
    expect(throttle.admit('k', false, 600).allowed).toBe(true);
    expect(throttle.admit('k', false, 999)).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(throttle.admit('k', false, 1000).allowed).toBe(true);
    expect(throttle.admit('k', false, 1001)).toEqual({ allowed: false, retryAfterMs: 599 });
  });

  it('formats Retry-After in seconds with fractions', () => {
    expect(formatRetryAfter(2128)).toBe('2.128');
    expect(formatRetryAfter(20_000)).toBe('20');
  });
});
