import { describe, expect, it } from 'vitest';
import { type GraphAuthError } from '../errors/graphAuthError.js';
import { createHostPolicy } from './hostPolicy.js';

describe('host policy', () => {
  const graphOnly = createHostPolicy(['graph.microsoft.com'], false);

  it.each([
    'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens',
    'https://GRAPH.Microsoft.com/v1.0/x',
    'https://graph.microsoft.com:443/v1.0',
    'https://graph.microsoft.com',
  ])('allows %s', (url) => {
    expect(() => {
      graphOnly.assertAllowed(url);
    }).not.toThrow();
  });

  it.each([
    [
      'a suffix trick',
      'https://graph.microsoft.com.evil.example/v1.0',
      'graph.microsoft.com.evil.example',
    ],
    ['a prefix trick', 'https://evilgraph.microsoft.com/v1.0', 'evilgraph.microsoft.com'],
    ['another host', 'https://evil.example/steal', 'evil.example'],
    ['another cloud', 'https://graph.microsoft.us/v1.0', 'graph.microsoft.us'],
  ])('refuses %s and names the host', (_, url, host) => {
    expect(() => {
      graphOnly.assertAllowed(url);
    }).toThrow(new RegExp(`host ${host.replace(/\./g, '\\.')}:`));
  });

  it.each([
    'https://graph.microsoft.com@evil.example/v1.0',
    'https://evil.example@graph.microsoft.com/v1.0',
    'https://graph.microsoft.com:pw@evil.example/',
  ])('refuses userinfo in %s', (url) => {
    const error = (() => {
      try {
        graphOnly.assertAllowed(url);
      } catch (e) {
        return e as GraphAuthError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error.code).toBe('host-not-allowed');
    expect(error.message).toMatch(/user info/);
  });

  it.each([
    'http://graph.microsoft.com/v1.0',
    'ws://graph.microsoft.com/',
    'ftp://graph.microsoft.com/',
  ])('refuses the non-https scheme of %s', (url) => {
    expect(() => {
      graphOnly.assertAllowed(url);
    }).toThrow(/only sent over https/);
  });

  it('does not trust the page: http is refused even from an https page in a browser', () => {
    const g = globalThis as { window?: unknown; location?: unknown };
    g.window = { location: { protocol: 'https:' } };
    g.location = { protocol: 'https:', href: 'https://admin.contoso.example/' };
    try {
      expect(() => {
        graphOnly.assertAllowed('http://graph.microsoft.com/v1.0');
      }).toThrow(/only sent over https/);
    } finally {
      delete g.window;
      delete g.location;
    }
  });

  it('refuses relative URLs', () => {
    expect(() => {
      graphOnly.assertAllowed('/v1.0/deviceAppManagement/vppTokens');
    }).toThrow(/not an absolute URL/);
  });

  it('refuses loopback hosts unless allowLocalhost is on, then allows http and https there only', () => {
    expect(() => {
      graphOnly.assertAllowed('http://127.0.0.1:8080/v1.0');
    }).toThrow(/host 127\.0\.0\.1/);
    const local = createHostPolicy(['graph.microsoft.com'], true);
    for (const url of [
      'http://localhost:3000/v1.0',
      'http://127.0.0.1:8080/v1.0',
      'http://[::1]:9000/v1.0',
      'https://localhost/v1.0',
    ]) {
      expect(() => {
        local.assertAllowed(url);
      }).not.toThrow();
    }
    expect(() => {
      local.assertAllowed('http://localhost.evil.example/');
    }).toThrow(/host localhost\.evil\.example/);
    expect(() => {
      local.assertAllowed('http://graph.microsoft.com/v1.0');
    }).toThrow(/only sent over https/);
  });

  it('refuses allowedHosts entries that are not bare hostnames', () => {
    for (const entry of [
      'https://graph.microsoft.com',
      'graph.microsoft.com:443',
      'graph.microsoft.com/v1.0',
      '',
      'a b',
    ]) {
      expect(() => createHostPolicy([entry], false)).toThrow(/must be a bare hostname/);
    }
  });
});
