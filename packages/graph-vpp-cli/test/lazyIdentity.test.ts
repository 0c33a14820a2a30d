// @azure/identity (and MSAL under it) is loaded only when a sign-in needs it. Proven on the built
// bin with a module-resolution hook that records every module URL Node resolves: --help and --fake
// must not resolve it, while a real sign-in attempt must (so the recording itself can fail).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';

const bin = fileURLToPath(new URL('../dist/bin/graph-vpp.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'graph-vpp-resolutions-'));
const hooks = join(dir, 'hooks.mjs');
const register = join(dir, 'register.mjs');
// Resolve hooks run on Node's loader thread; appending to a file is the simplest way out of it.
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.GRAPH_VPP_RESOLUTION_LOG, result.url + '\\n');
  return result;
}
`,
);
writeFileSync(
  register,
  `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)});
`,
);

function runRecorded(name: string, args: string[], env: Record<string, string> = {}) {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(register).href, bin, ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH ?? '',
        GRAPH_VPP_RESOLUTION_LOG: log,
        ...env,
      },
    },
  );
  const resolved = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { ...result, resolved };
}

const loadsIdentity = (urls: string[]) => urls.some((url) => url.includes('/@azure/identity/'));

describe('@azure/identity is loaded lazily', () => {
  it('--help does not load it', () => {
    const result = runRecorded('help', ['--help']);
    expect(result.status).toBe(exitCodes.ok);
    expect(result.stdout).toContain('--client-credentials');
    // The hook saw the CLI itself: an empty log would prove nothing.
    expect(result.resolved.some((url) => url.endsWith('/dist/run.js'))).toBe(true);
    expect(loadsIdentity(result.resolved)).toBe(false);
  });

  it('--fake does not load it', () => {
    const result = runRecorded('fake', ['--fake', 'tokens', 'list']);
    expect(result.status).toBe(exitCodes.ok);
    expect(result.resolved.some((url) => url.includes('graph-vpp-fake'))).toBe(true);
    expect(loadsIdentity(result.resolved)).toBe(false);
  }, 60_000);

  it('missing variables are explained without loading it', () => {
    const result = runRecorded('missing', ['--client-credentials', 'check']);
    expect(result.status).toBe(exitCodes.auth);
    expect(loadsIdentity(result.resolved)).toBe(false);
  });

  it('a real sign-in attempt does load it (the recording can see it)', () => {
    // A certificate path that does not exist fails inside @azure/identity before any network.
    const result = runRecorded('signin', ['--client-credentials', 'tokens', 'list'], {
      AZURE_TENANT_ID: '11111111-2222-4333-8444-555555555555',
      AZURE_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
      AZURE_CLIENT_CERTIFICATE_PATH: join(dir, 'no-such-cert.pem'),
    });
    expect(result.status).toBe(exitCodes.auth);
    expect(loadsIdentity(result.resolved)).toBe(true);
  }, 60_000);
});
