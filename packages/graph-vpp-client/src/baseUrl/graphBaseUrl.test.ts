import { describe, expect, it } from 'vitest';
import { parseGraphBaseUrl } from './graphBaseUrl.js';

describe('parseGraphBaseUrl (client, CLI and fake)', () => {
  it('normalises a Graph root', () => {
    const base = parseGraphBaseUrl('https://Graph.Microsoft.US/v1.0/');
    expect(base.href).toBe('https://graph.microsoft.us/v1.0');
    expect(base.segments).toEqual(['v1.0']);
    expect(parseGraphBaseUrl('http://127.0.0.1:4010').href).toBe('http://127.0.0.1:4010');
  });

  it.each([
    ['graph.microsoft.com/v1.0', /is not an absolute URL/],
    ['ftp://graph.example/v1.0', /must use https:/],
    ['https://user:pw@graph.example/v1.0', /must not contain credentials/],
    ['https://graph.example/v1.0?x=1', /a query/],
    ['https://graph.example/v1.0#top', /a fragment/],
  ])('refuses %s, naming the input', (value, message) => {
    expect(() => parseGraphBaseUrl(value, '--base-url')).toThrow(TypeError);
    expect(() => parseGraphBaseUrl(value, '--base-url')).toThrow(message);
    expect(() => parseGraphBaseUrl(value, '--base-url')).toThrow(`--base-url "${value}"`);
  });
});
