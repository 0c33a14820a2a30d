import { describe, expect, it } from 'vitest';
import { UsageError } from '../exitCodes.js';
import { parseCliArgs } from './parseCliArgs.js';

const clientId = '2f7c1a3b-9d4e-4f60-8a1b-3c5d7e9f0a12';
const vppTokenId = '6f1f6c43-2b4d-4a8e-9a6b-0c4f2b1d7e01';

describe('unattended sign-in flags', () => {
  it('--managed-identity alone is the system-assigned identity', () => {
    expect(parseCliArgs(['--managed-identity', 'check'])).toMatchObject({
      kind: 'check',
      auth: { managedIdentity: true, managedIdentityClientId: undefined },
    });
    expect(parseCliArgs(['check', '--managed-identity'])).toMatchObject({
      auth: { managedIdentity: true, managedIdentityClientId: undefined },
    });
    expect(parseCliArgs(['--managed-identity', '--json', 'tokens', 'list'])).toMatchObject({
      kind: 'tokens-list',
      json: true,
      auth: { managedIdentity: true, managedIdentityClientId: undefined },
    });
  });

  it('--managed-identity <guid> and --managed-identity=<guid> name a user-assigned identity', () => {
    expect(parseCliArgs(['--managed-identity', clientId, 'sync', '--all'])).toMatchObject({
      kind: 'sync',
      all: true,
      ids: [],
      auth: { managedIdentity: true, managedIdentityClientId: clientId },
    });
    expect(parseCliArgs(['sync', vppTokenId, `--managed-identity=${clientId}`])).toMatchObject({
      ids: [vppTokenId],
      auth: { managedIdentityClientId: clientId },
    });
  });

  it('a token id after "--" is never taken as the identity', () => {
    expect(parseCliArgs(['--managed-identity', 'sync', '--', vppTokenId])).toMatchObject({
      ids: [vppTokenId],
      auth: { managedIdentity: true, managedIdentityClientId: undefined },
    });
  });

  it('--client-credentials is a flag of its own, and pairs with --fake', () => {
    expect(parseCliArgs(['--client-credentials', 'check'])).toMatchObject({
      fake: false,
      auth: { clientCredentials: true, managedIdentity: false },
    });
    expect(parseCliArgs(['--fake', '--client-credentials', 'check'])).toMatchObject({
      fake: true,
      auth: { clientCredentials: true },
    });
  });

  it.each([
    [['--managed-identity', 'not-a-guid', 'check'], /a GUID such as/],
    [['--managed-identity=contoso', 'check'], /"contoso": a user-assigned identity/],
    [['--managed-identity', '--managed-identity', 'check'], /given twice/],
    [['--managed-identity', '--azure-cli', 'check'], /Choose one way to authenticate/],
    [['--managed-identity', '--fake', 'check'], /only --fake --client-credentials go together/],
    [['--client-credentials', '--azure-cli', 'check'], /Choose one way to authenticate/],
    [['--client-credentials', '--access-token', 't', 'check'], /Choose one way/],
    [['--client-credentials', '--tenant', 'x', 'check'], /set AZURE_TENANT_ID and AZURE_CLIENT_ID/],
    [['--managed-identity', '--client-id', clientId, 'check'], /as its own value/],
    [['--client-credentials=yes', 'check'], /does not take an argument/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
