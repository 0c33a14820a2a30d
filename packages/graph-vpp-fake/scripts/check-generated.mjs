// @ts-check
// `nx run graph-vpp-fake:check-generated`: bundle the spec(s) into a temporary folder and fail with
// a readable diff when the committed src/generated/ differs (a stale or hand-edited file).
// Usage: node scripts/check-generated.mjs [committed-dir]   (default: src/generated)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatedDir, specBundles, writeSpecBundles } from './bundle-spec.mjs';

const committedDir = path.resolve(process.argv[2] ?? generatedDir);
const fresh = mkdtempSync(path.join(os.tmpdir(), 'graph-vpp-fake-generated-'));
try {
  writeSpecBundles(fresh);
  const problems = [];
  for (const { module } of specBundles) {
    const committedFile = path.join(committedDir, module);
    if (!existsSync(committedFile)) {
      problems.push(`missing: src/generated/${module}`);
      continue;
    }
    const diff = spawnSync(
      'diff',
      [
        '-u',
        '--label',
        `committed/${module}`,
        '--label',
        `from-spec/${module}`,
        committedFile,
        path.join(fresh, module),
      ],
      { encoding: 'utf8' },
    );
    if (diff.status !== 0)
      problems.push(diff.stdout || `src/generated/${module} differs from the spec`);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n').split('\n').slice(0, 80).join('\n'));
    console.error(
      `\ncheck-generated FAILED: ${committedDir} does not match the spec. Do not edit it by hand; run: npx nx run graph-vpp-fake:bundle-spec`,
    );
    process.exitCode = 1;
  } else {
    console.log(`check-generated: ${specBundles.map((b) => b.module).join(', ')} match the spec.`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
