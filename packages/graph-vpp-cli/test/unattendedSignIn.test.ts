// --client-credentials without a complete app: every combination of missing variables is named
// exactly, exit 3, before anything is sent and without echoing a value.
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';
import { harness } from './support/cliHarness.js';

const secretValue = 'fake-only-secret-value-Zq8';
const proofs = {
  none: {},
  secret: { AZURE_CLIENT_SECRET: secretValue },
  certificate: { AZURE_CLIENT_CERTIFICATE_PATH: '/nonexistent/app.pem' },
  federated: { AZURE_FEDERATED_TOKEN_FILE: '/nonexistent/oidc-token' },
} as const;
const names = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID'] as const;
const proofNames = [
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PATH',
  'AZURE_FEDERATED_TOKEN_FILE',
] as const;

interface Case {
  tenant: boolean;
  client: boolean;
  proof: keyof typeof proofs;
}
const incomplete: Case[] = [];
for (const tenant of [true, false])
  for (const client of [true, false])
    for (const proof of Object.keys(proofs) as (keyof typeof proofs)[])
      if (!(tenant && client && proof !== 'none')) incomplete.push({ tenant, client, proof });

/** The sentence listing what is missing (the message also names every proof in its help). */
function missingList(stderr: string): string {
  const match = /these environment variables are not set: (.*)\.\n/.exec(stderr);
  return match?.[1] ?? '';
}

describe('--client-credentials: missing environment variables', () => {
  it.each(incomplete)(
    'tenant $tenant, client $client, proof $proof: exit 3 naming exactly what is missing',
    async ({ tenant, client, proof }) => {
      const { fake, run } = harness();
      const env = {
        ...(tenant ? { AZURE_TENANT_ID: '11111111-2222-4333-8444-555555555555' } : {}),
        ...(client ? { AZURE_CLIENT_ID: '66666666-7777-4888-9999-000000000000' } : {}),
        ...proofs[proof],
      };
      const result = await run(['--client-credentials', 'check'], env);
      expect(result.code).toBe(exitCodes.auth);
      const listed = missingList(result.stderr);
      expect(listed).not.toBe('');
      expect(listed.includes('AZURE_TENANT_ID')).toBe(!tenant);
      expect(listed.includes('AZURE_CLIENT_ID')).toBe(!client);
      for (const name of proofNames) expect(listed.includes(name)).toBe(proof === 'none');
      expect(result.stderr).toContain('choose another sign-in');
      expect(result.stdout + result.stderr).not.toContain(secretValue);
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('an empty variable (an unset CI secret) counts as missing', async () => {
    const { run } = harness();
    const result = await run(['--client-credentials', 'check'], {
      AZURE_TENANT_ID: 'contoso.onmicrosoft.com',
      AZURE_CLIENT_ID: ' ',
      AZURE_CLIENT_SECRET: '',
    });
    expect(result.code).toBe(exitCodes.auth);
    const listed = missingList(result.stderr);
    expect(listed).toContain('AZURE_CLIENT_ID');
    expect(listed).toContain('AZURE_CLIENT_SECRET');
    expect(listed).not.toContain('AZURE_TENANT_ID');
  });

  it('two proofs at once are refused, naming both and no value', async () => {
    const { fake, run } = harness();
    const result = await run(['--client-credentials', 'check'], {
      AZURE_TENANT_ID: 'contoso.onmicrosoft.com',
      AZURE_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
      ...proofs.secret,
      ...proofs.federated,
    });
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toContain('AZURE_CLIENT_SECRET and AZURE_FEDERATED_TOKEN_FILE both set');
    expect(result.stderr).not.toContain(secretValue);
    expect(fake.requests).toHaveLength(0);
  });

  it('a certificate password without the certificate is refused', async () => {
    const { run } = harness();
    const result = await run(['--client-credentials', 'check'], {
      AZURE_TENANT_ID: 'contoso.onmicrosoft.com',
      AZURE_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
      ...proofs.secret,
      AZURE_CLIENT_CERTIFICATE_PASSWORD: 'pw-not-to-print',
    });
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toContain('AZURE_CLIENT_CERTIFICATE_PATH is not');
    expect(result.stderr).not.toContain('pw-not-to-print');
  });

  it('an unreadable certificate file fails the sign-in with exit 3, nothing sent to Graph', async () => {
    const { fake, run } = harness();
    const result = await run(['--client-credentials', 'tokens', 'list'], {
      AZURE_TENANT_ID: '11111111-2222-4333-8444-555555555555',
      AZURE_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
      ...proofs.certificate,
    });
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toMatch(/Authentication failed: .*access token/);
    expect(fake.requests).toHaveLength(0);
  });

  it('the no-credentials message lists every sign-in, unattended ones included', async () => {
    const { run } = harness();
    const result = await run(['check']);
    expect(result.code).toBe(exitCodes.auth);
    for (const option of [
      'GRAPH_VPP_ACCESS_TOKEN',
      '--access-token',
      '--device-code --tenant',
      '--azure-cli',
      '--client-credentials',
      '--managed-identity',
      '--fake',
      ...names,
      ...proofNames,
    ])
      expect(result.stderr).toContain(option);
  });
});
