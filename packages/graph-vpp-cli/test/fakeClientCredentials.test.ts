// --fake --client-credentials: the real @azure/identity ClientSecretCredential signs in at the
// embedded fake's Entra ID (through the HTTP client embeddedFake.ts gives it) with the demo app.
import { demoAppRegistration } from 'graph-vpp-fake/core';
import { describe, expect, it } from 'vitest';
import { exitCodes, runCli } from '../src/index.js';

async function run(argv: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const demoEnv = {
  AZURE_TENANT_ID: demoAppRegistration.tenantId,
  AZURE_CLIENT_ID: demoAppRegistration.clientId,
  AZURE_CLIENT_SECRET: demoAppRegistration.clientSecret ?? '',
};

describe('graph-vpp --fake --client-credentials', () => {
  it('signs in as the demo app and syncs every token unattended', async () => {
    const result = await run(
      ['--fake', '--client-credentials', 'sync', '--all', '--wait'],
      demoEnv,
    );
    expect(result.stderr).toContain('*** FAKE MODE');
    expect(result.stdout + result.stderr).toMatch(/Contoso Ltd/);
    expect(result.stdout + result.stderr).not.toContain(demoEnv.AZURE_CLIENT_SECRET);
    // The demo data holds an expired and an invalid token: sync --all reports them (exit 1), and
    // nothing is an auth failure (3).
    expect(result.code).not.toBe(exitCodes.auth);
    expect(result.stdout).toMatch(/completed/);
  }, 60_000);

  it('check runs unattended with the issued app token', async () => {
    const result = await run(
      ['--fake', '--client-credentials', 'check', '--format', 'json'],
      demoEnv,
    );
    const report = JSON.parse(result.stdout) as { vppTokens: unknown[] };
    expect(report.vppTokens.length).toBeGreaterThan(0);
    expect(result.code).toBe(1); // the demo data always has a warning and a critical token
  }, 60_000);

  it('a wrong secret: exit 3 with the AADSTS code, the secret never printed', async () => {
    const wrong = 'wrong-secret-value-Qx7-not-printed';
    const result = await run(['--fake', '--client-credentials', 'check'], {
      ...demoEnv,
      AZURE_CLIENT_SECRET: wrong,
    });
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toContain('AADSTS7000215');
    expect(result.stdout + result.stderr).not.toContain(wrong);
  }, 60_000);

  it('missing variables are named before the fake is asked', async () => {
    const result = await run(['--fake', '--client-credentials', 'check'], {
      AZURE_TENANT_ID: demoEnv.AZURE_TENANT_ID,
    });
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toMatch(/not set: AZURE_CLIENT_ID .*AZURE_CLIENT_SECRET/);
  });
});
