import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { vppTokensSpec } from '../generated/vppTokensSpec.js';
import { readOperations } from './operations.js';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const checkScript = path.join(packageRoot, 'scripts/check-generated.mjs');
const generatedDir = path.join(packageRoot, 'src/generated');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'graph-vpp-fake-drift-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function checkGenerated(committedDir: string) {
  return spawnSync(process.execPath, [checkScript, committedDir], { encoding: 'utf8' });
}

// Each case runs `redocly bundle` (a few seconds on a busy machine).
describe('bundled spec (src/generated/vppTokensSpec.ts)', { timeout: 60_000 }, () => {
  it('check-generated passes on the committed bundle', () => {
    const result = checkGenerated(generatedDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('check-generated fails on a hand edit, naming the file and the fix', () => {
    const edited = path.join(scratch, 'edited');
    cpSync(generatedDir, edited, { recursive: true });
    const file = path.join(edited, 'vppTokensSpec.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"vppTokens.list"', '"vppTokens.listAll"'),
    );
    const result = checkGenerated(edited);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('-        "operationId": "vppTokens.listAll",');
    expect(result.stderr).toContain('npx nx run graph-vpp-fake:bundle-spec');
  });

  it('check-generated fails when the bundle is missing', () => {
    const empty = path.join(scratch, 'empty');
    cpSync(generatedDir, empty, { recursive: true, filter: (source) => !source.endsWith('.ts') });
    const result = checkGenerated(empty);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing: src/generated/vppTokensSpec.ts');
  });

  it('is dereferenced: no $ref is left for the fake to walk at run time', () => {
    expect(JSON.stringify(vppTokensSpec)).not.toContain('"$ref"');
    expect(readOperations().map((o) => o.operationId)).toContain('vppTokens.syncLicenses');
  });
});
