// The version modules stay equal to package.json: rewritten locally, a failure with CI=true.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('version-module.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package folder with this package.json and, if given, a committed module. */
function packageDir(version: string, module?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'version-module-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'some-pkg', version }));
  if (module !== undefined) {
    mkdirSync(join(dir, 'src', 'manifest', 'generated'), { recursive: true });
    writeFileSync(join(dir, 'src', 'manifest', 'generated', 'version.ts'), module);
  }
  return dir;
}

function run(dir: string, args: string[] = [], ci = '') {
  return spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: ci },
  });
}

const moduleOf = (dir: string) =>
  readFileSync(join(dir, 'src', 'manifest', 'generated', 'version.ts'), 'utf8');

describe('version-module', () => {
  it('writes the module from package.json, then --check passes', () => {
    const dir = packageDir('1.2.3');
    expect(run(dir).status).toBe(0);
    expect(moduleOf(dir)).toContain('export const packageVersion = "1.2.3";');
    expect(moduleOf(dir)).toContain('export const packageName = "some-pkg";');
    expect(run(dir, ['--check']).status).toBe(0);
  });

  it('--check fails on a stale module and says how to fix it', () => {
    const dir = packageDir('2.0.0');
    run(dir);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'some-pkg', version: '2.1.0' }),
    );
    const result = run(dir, ['--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('stale or edited by hand; package.json says some-pkg@2.1.0');
    expect(result.stderr).toContain('npx nx run some-pkg:version-module');
    expect(moduleOf(dir)).toContain('"2.0.0"');
  });

  it('with CI=true a hand-edited module is a failure, not rewritten', () => {
    const dir = packageDir('3.0.0', 'export const packageVersion = "9.9.9";\n');
    expect(run(dir, [], 'true').status).toBe(1);
    expect(moduleOf(dir)).toContain('9.9.9');
  });

  it('without CI a stale module is rewritten', () => {
    const dir = packageDir('3.0.0', 'export const packageVersion = "9.9.9";\n');
    expect(run(dir).status).toBe(0);
    expect(moduleOf(dir)).toContain('"3.0.0"');
  });
});
