import { GraphError, SyncTimeoutError } from 'graph-vpp-client';
import { describe, expect, it } from 'vitest';
import { createVppRetry, vppRetry } from './vppRetry.js';

describe('vppRetry', () => {
  it('never retries what the service answered, whatever the status', () => {
    for (const status of [400, 401, 403, 404, 429, 500, 503, 504]) {
      expect(vppRetry(0, new GraphError({ status, code: 'C', message: 'm' }))).toBe(false);
    }
  });

  it('retries a network failure a bounded number of times', () => {
    const offline = new TypeError('fetch failed');
    expect([0, 1, 2].map((count) => vppRetry(count, offline))).toEqual([true, true, false]);
    expect(createVppRetry({ networkRetries: 0 })(0, offline)).toBe(false);
    expect(createVppRetry({ networkRetries: 5 })(4, offline)).toBe(true);
  });

  it('does not retry cancellations, timeouts or programming errors', () => {
    expect(vppRetry(0, new DOMException('stop', 'AbortError'))).toBe(false);
    expect(vppRetry(0, new SyncTimeoutError('id', 1, undefined))).toBe(false);
    expect(vppRetry(0, new Error('Refusing @odata.nextLink'))).toBe(false);
  });
});
