// `npx graph-vpp` and `npx graph-vpp-fake` in the repo after `npm ci && npm start` on a fresh
// clone. npm links a workspace bin at install only if its target exists, and dist/ is built
// later; so each bin is a committed launcher that runs the built entry or says how to build it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'graph-vpp-launchers-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const bins = [
  { name: 'graph-vpp', project: 'graph-vpp-cli', usage: /^Usage: graph-vpp /m },
  { name: 'graph-vpp-fake', project: 'graph-vpp-fake', usage: /^Usage: graph-vpp-fake serve/m },
] as const;

// Without colours; FORCE_COLOR (set by Nx) would make node warn that it overrides NO_COLOR.
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

/** Runs `file` with this node. */
function runNode(file: string, args: readonly string[]) {
  return spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', env, timeout: 60_000 });
}

describe.each(bins)('$name', ({ name, project, usage }) => {
  const packageDir = join(workspaceRoot, 'packages', project);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    files: string[];
  };
  const target = manifest.bin[name] ?? '';

  it('points its bin at a committed file, so a fresh clone links it at `npm ci`', () => {
    expect(target).toBe(`./bin/${name}.js`);
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', target], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(tracked.status, `${target} is not committed: ${tracked.stderr}`).toBe(0);
    expect(manifest.files).toContain('bin');
  });

  it('without dist/: says it is not built and how to build it, exit 1', () => {
    // A copy of the package as a fresh clone has it: the launcher, no build output.
    const copy = join(scratch, `${name}-unbuilt`);
    mkdirSync(join(copy, 'bin'), { recursive: true });
    copyFileSync(join(packageDir, target), join(copy, target));
    const result = runNode(join(copy, target), ['--help']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${name} is not built yet: run \`npm start\` (or \`npx nx run ${project}:build\`) first.\n`,
    );
  });

  it('with dist/: runs the built entry with the arguments given', () => {
    // A stand-in build output, so this proves the launcher's wiring alone.
    const copy = join(scratch, `${name}-built`);
    mkdirSync(join(copy, 'bin'), { recursive: true });
    mkdirSync(join(copy, 'dist', 'bin'), { recursive: true });
    copyFileSync(join(packageDir, target), join(copy, target));
    writeFileSync(
      join(copy, 'dist', 'bin', `${name}.js`),
      'console.log(`built entry ran with ${process.argv.slice(2).join(" ")}`);\n',
    );
    const result = runNode(join(copy, target), ['--help', 'x']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('built entry ran with --help x\n');
    expect(result.status).toBe(0);
  });

  it('`npx --no-install` resolves it through node_modules/.bin to the real build', () => {
    const result = spawnSync('npx', ['--no-install', name, '--help'], {
      cwd: workspaceRoot,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(usage);
  });
});
