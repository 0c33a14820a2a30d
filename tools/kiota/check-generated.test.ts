import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { committedOutput, kiotaUnavailableReason } from './kiota.mjs';

const script = new URL('./check-generated.mjs', import.meta.url).pathname;
const isCI = /^(1|true)$/i.test(process.env.CI ?? '');
const kiotaMissing = kiotaUnavailableReason();
if (kiotaMissing && !isCI) {
  console.warn(`\n!! SKIPPED drift-detection tests: ${kiotaMissing}. With CI=true this fails.\n`);
}

const scratch: string[] = [];
afterEach(() => {
  scratch.splice(0).forEach((dir) => {
    rmSync(dir, { recursive: true, force: true });
  });
});

function copyOfGenerated(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'generated-copy-'));
  scratch.push(dir);
  cpSync(committedOutput, dir, { recursive: true });
  return dir;
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env });
}

describe.skipIf(!!kiotaMissing && !isCI)('check-generated with Kiota', () => {
  it('passes on an untouched copy of the committed client', () => {
    const result = run([copyOfGenerated()]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails with a readable diff when a generated file was edited by hand', () => {
    const dir = copyOfGenerated();
    const file = path.join(dir, 'models/index.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Valid: "valid",', 'Valid: "VALID",'));
    const result = run([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('differs: models/index.ts');
    expect(result.stderr).toContain('-    Valid: "VALID",');
    expect(result.stderr).toContain('+    Valid: "valid",');
    expect(result.stderr).toContain('npx nx run graph-vpp-client:generate');
  });

  it('fails on a stale file the spec no longer produces', () => {
    const dir = copyOfGenerated();
    writeFileSync(path.join(dir, 'leftover.ts'), 'export {};\n');
    const result = run([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not produced by the spec (stale or hand-added): leftover.ts');
  });
});

describe('check-generated without .NET', () => {
  // A PATH holding only `node`: on this machine node and dotnet share /usr/bin.
  const binDir = mkdtempSync(path.join(os.tmpdir(), 'node-only-'));
  symlinkSync(process.execPath, path.join(binDir, 'node'));
  afterAll(() => {
    rmSync(binDir, { recursive: true, force: true });
  });
  const withoutDotnet = { ...process.env, PATH: binDir };
  it('is a loud skip locally', () => {
    const result = run([], { ...withoutDotnet, CI: '' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('SKIPPED check-generated');
  });
  it('is a failure with CI=true', () => {
    const result = run([], { ...withoutDotnet, CI: 'true' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('check-generated FAILED: the .NET SDK is not installed');
  });
});
