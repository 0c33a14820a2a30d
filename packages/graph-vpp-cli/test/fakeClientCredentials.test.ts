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
  it('signs in as the demo app and sends its app-only token to the fake Graph', async () => {
    const result = await run(['--fake', '--client-credentials', 'tokens', 'list'], demoEnv);
    expect(result.stderr).toContain('*** FAKE MODE');
    // The fake's Graph still refuses every app-only token (it has no "current permissions" mode
    // yet), so Graph's app-only 403 is the proof that the issued app token arrived.
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toContain('called in app only context');
    expect(result.stderr).not.toContain(demoEnv.AZURE_CLIENT_SECRET);
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
