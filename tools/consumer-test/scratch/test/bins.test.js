// The installed bins, run from node_modules/.bin as a consumer would (`npx graph-vpp …`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const cwd = new URL('..', import.meta.url);
const env = { ...process.env, NO_COLOR: '1' };

function run(bin, args, extraEnv = {}) {
  return spawnSync(`node_modules/.bin/${bin}`, args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    timeout: 60_000,
  });
}

test('graph-vpp --help', () => {
  const result = run('graph-vpp', ['--help']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Usage: graph-vpp /m);
  assert.match(result.stdout, /sync --all/);
});

test('graph-vpp --version is the packed version', () => {
  const result = run('graph-vpp', ['--version']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /0\.1\.0/);
});

test('graph-vpp --fake sync --all --wait, with msw hidden (the CLI must not need it)', () => {
  const result = run('graph-vpp', ['--fake', 'sync', '--all', '--wait'], {
    NODE_OPTIONS: '--import=./hooks/no-msw.js',
  });
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  assert.match(`${result.stdout}${result.stderr}`, /complet/i);
});

test('graph-vpp-fake --help', () => {
  const result = run('graph-vpp-fake', ['--help']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Usage: graph-vpp-fake serve/m);
});
