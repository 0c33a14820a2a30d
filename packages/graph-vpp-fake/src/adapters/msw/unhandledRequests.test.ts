import * as msw from 'msw';
import { describe, expect, it } from 'vitest';
import {
  mswMajorFromExports,
  mswMajorFromVersion,
  unhandledRequestOption,
} from './unhandledRequests.js';

describe('msw v2/v3 unhandled-request option', () => {
  it('names the option onUnhandledRequest for msw 2', () => {
    expect(unhandledRequestOption(2, 'error')).toEqual({ onUnhandledRequest: 'error' });
  });

  it('names the option onUnhandledFrame for msw 3', () => {
    expect(unhandledRequestOption(3, 'error')).toEqual({ onUnhandledFrame: 'error' });
  });

  it('adapts a callback to msw 3 frames', () => {
    const seen: string[] = [];
    const option = unhandledRequestOption(3, (request) => void seen.push(request.url));
    const handler = option.onUnhandledFrame as (args: unknown) => void;
    handler({ frame: { data: { request: new Request('https://example.com/a') } }, defaults: {} });
    expect(seen).toEqual(['https://example.com/a']);
  });

  it('reads the major from a version string', () => {
    expect(mswMajorFromVersion('2.15.0')).toBe(2);
    expect(mswMajorFromVersion('3.0.5')).toBe(3);
    expect(() => mswMajorFromVersion('next')).toThrow(/cannot read/);
  });

  it('reads the major from msw root exports (graphql left the root in v3)', () => {
    expect(mswMajorFromExports(msw)).toBe(2);
    const { graphql: _graphql, ...v3Like } = msw;
    _graphql;
    expect(mswMajorFromExports(v3Like)).toBe(3);
  });
});
