import { describe, expect, it } from 'vitest';
import { FakeServeUsageError, fakeServeDefaults, parseFakeServeArgs } from './serveVppFake.js';

describe('parseFakeServeArgs (both serve commands)', () => {
  it('has one set of defaults', () => {
    expect(parseFakeServeArgs([])).toEqual({
      port: 4010,
      host: '127.0.0.1',
      pageSize: 1000,
      syncMs: 30_000,
      throttling: false,
      latencyMs: 0,
    });
    expect(parseFakeServeArgs([])).toEqual(fakeServeDefaults);
  });

  it('reads every option', () => {
    expect(
      parseFakeServeArgs([
        '--port=0',
        '--host',
        '::1',
        '--page-size',
        '2',
        '--sync-ms',
        '5',
        '--throttling',
        '--latency-ms',
        '10',
        '--start-time',
        '2026-01-01T00:00:00Z',
      ]),
    ).toEqual({
      port: 0,
      host: '::1',
      pageSize: 2,
      syncMs: 5,
      throttling: true,
      latencyMs: 10,
      startTime: '2026-01-01T00:00:00Z',
    });
  });

  it.each([
    [['--port=-1'], /--port must be an integer from 0 to 65535, got "-1"/],
    [['--page-size', '0'], /--page-size must be an integer from 1/],
    [['--sync-ms', '1.5'], /--sync-ms must be an integer/],
    [['--start-time', 'soon'], /--start-time must be a date and time/],
    [['--host', ''], /--host needs an address/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['extra'], /extra/],
  ])('refuses %j with a FakeServeUsageError', (argv, message) => {
    expect(() => parseFakeServeArgs(argv)).toThrow(FakeServeUsageError);
    expect(() => parseFakeServeArgs(argv)).toThrow(message);
  });
});
