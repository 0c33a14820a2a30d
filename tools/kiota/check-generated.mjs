// @ts-check
// `nx run graph-vpp-client:check-generated`: regenerate into a temporary folder and fail with a
// readable diff when the committed client differs from what the spec produces.
// Usage: node tools/kiota/check-generated.mjs [committed-dir]   (default: the client's src/generated)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { committedOutput, kiotaUnavailableReason, runKiota, workspaceRoot } from './kiota.mjs';

const isCI = /^(1|true)$/i.test(process.env.CI ?? '');
const committedDir = process.argv[2] ? path.resolve(process.argv[2]) : committedOutput;
const unavailable = kiotaUnavailableReason();
if (unavailable) {
  if (isCI) {
    console.error(
      `check-generated FAILED: ${unavailable}. CI must be able to regenerate the client.`,
    );
    process.exit(1);
  }
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! SKIPPED check-generated: ${unavailable}.`,
      '!! The committed client was NOT compared with the spec. With CI=true this fails.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), rel);
    return entry.name === '.kiota.log' ? [] : [rel];
  });
}

/** The lock file records where the spec was relative to the output folder; that differs in tmp. */
function normalised(/** @type {string} */ file, /** @type {string} */ text) {
  if (path.basename(file) !== 'kiota-lock.json') return text;
  const lock = JSON.parse(text);
  delete lock.descriptionLocation;
  return JSON.stringify(lock, null, 2);
}

const fresh = mkdtempSync(path.join(os.tmpdir(), 'graph-vpp-generated-'));
try {
  runKiota(fresh);
  const committed = new Set(listFiles(committedDir));
  const expected = new Set(listFiles(fresh));
  const problems = [];
  for (const file of expected) {
    if (!committed.has(file)) {
      problems.push(`missing from the committed client: ${file}`);
      continue;
    }
    const want = normalised(file, readFileSync(path.join(fresh, file), 'utf8'));
    const have = normalised(file, readFileSync(path.join(committedDir, file), 'utf8'));
    if (want !== have) {
      const diff = spawnSync(
        'diff',
        [
          '-u',
          '--label',
          `committed/${file}`,
          '--label',
          `from-spec/${file}`,
          '-',
          path.join(fresh, file),
        ],
        {
          input: readFileSync(path.join(committedDir, file)),
          encoding: 'utf8',
        },
      );
      problems.push(`differs: ${file}\n${diff.stdout || '(contents differ)'}`);
    }
  }
  for (const file of committed) {
    if (!expected.has(file))
      problems.push(`not produced by the spec (stale or hand-added): ${file}`);
  }
  const where = path.relative(workspaceRoot, committedDir);
  if (problems.length > 0) {
    console.error(`check-generated FAILED: ${where} is not what the spec generates.\n`);
    console.error(problems.join('\n'));
    console.error(
      '\nFix: run `npx nx run graph-vpp-client:generate` and commit the result. Never edit generated files by hand.',
    );
    process.exit(1);
  }
  console.log(`check-generated: ${where} matches the spec (${expected.size} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
