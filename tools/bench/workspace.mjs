// 5. Workspace: cold `npm test` wall time (Nx cache emptied first) and a warm re-run from cache.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`.slice(-4000),
    );
  return seconds;
}

export function workspaceBench() {
  timed('npx', ['nx', 'reset']);
  const coldSeconds = timed('npm', ['test']);
  const warmSeconds = timed('npm', ['test']);
  return { coldSeconds, warmSeconds };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(workspaceBench());
