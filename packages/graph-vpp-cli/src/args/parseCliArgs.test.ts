import { describe, expect, it } from 'vitest';
import { UsageError } from '../exitCodes.js';
import { parseCliArgs } from './parseCliArgs.js';

describe('parseCliArgs', () => {
  it('parses each command', () => {
    expect(parseCliArgs(['tokens', 'list', '--json'])).toMatchObject({
      kind: 'tokens-list',
      json: true,
      cloud: 'global',
    });
    expect(parseCliArgs(['tokens', 'get', 'abc', '--wait'])).toMatchObject({
      kind: 'tokens-get',
      id: 'abc',
      wait: true,
    });
    expect(parseCliArgs(['sync', 'a', 'b'])).toMatchObject({
      kind: 'sync',
      ids: ['a', 'b'],
      all: false,
    });
    expect(parseCliArgs(['sync', '--all', '--wait', '--strict', '--timeout', '30'])).toMatchObject({
      kind: 'sync',
      ids: [],
      all: true,
      strict: true,
      timeoutMs: 30_000,
    });
    expect(parseCliArgs(['fake', 'serve', '--port', '0', '--throttling'])).toEqual({
      kind: 'fake-serve',
      args: ['--port', '0', '--throttling'],
    });
    expect(parseCliArgs(['--fake', 'sync', '--all'])).toMatchObject({ kind: 'sync', fake: true });
    expect(parseCliArgs(['--cloud', 'usGov', '--azure-cli', 'tokens', 'list'])).toMatchObject({
      cloud: 'usGov',
      auth: { azureCli: true },
    });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], /No command given/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['tokens', 'delete', 'x'], /Unknown command "tokens delete x"/],
    [['tokens', 'list', '--colour'], /Unknown option '--colour'/],
    [['sync'], /needs token ids or --all/],
    [['sync', 'a', '--all'], /either token ids or --all/],
    [['sync', 'a', '--strict'], /--strict only applies to "sync --all"/],
    [['sync', '..'], /vppTokenId "\.\." is a path segment/],
    [['tokens', 'get', '.'], /vppTokenId "\." is a path segment/],
    [['tokens', 'get', ' '], /vppTokenId is empty/],
    [['tokens', 'get'], /exactly one token id/],
    [
      ['--base-url', 'not a url', 'tokens', 'list'],
      /--base-url "not a url" is not an absolute URL/,
    ],
    [
      ['--base-url', 'http://graph.microsoft.com/v1.0', 'tokens', 'list'],
      /uses http:\/\/ for graph\.microsoft\.com/,
    ],
    [['--base-url', 'ftp://x.example/', 'tokens', 'list'], /must use https:/],
    [['--cloud', 'germany', 'tokens', 'list'], /Unknown --cloud "germany"/],
    [['--device-code', 'tokens', 'list'], /--device-code needs --tenant/],
    [
      ['--device-code', '--tenant', 'common', 'tokens', 'list'],
      /would admit personal Microsoft accounts/,
    ],
    [['--access-token', 't', '--fake', 'tokens', 'list'], /Choose one way to authenticate/],
    [['--timeout=-5', 'sync', '--all'], /--timeout "-5" must be a positive number/],
    [['--json', 'fake', 'serve'], /Write "fake serve" first/],
    [['tokens', 'list', '--port', '1'], /--port and --host belong to "fake serve"/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('accepts http only for loopback base URLs', () => {
    expect(
      parseCliArgs(['--base-url', 'http://127.0.0.1:4010/v1.0', 'tokens', 'list']),
    ).toMatchObject({ baseUrl: 'http://127.0.0.1:4010/v1.0' });
  });
});
