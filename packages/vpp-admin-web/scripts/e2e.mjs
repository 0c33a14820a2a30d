// @ts-check
// `nx run vpp-admin-web:e2e`: the browser tests need Debian's Chromium. Without it they are not
// run at all (so nothing is counted as passed) and a loud notice says so; with CI=true they run
// anyway and e2e/chromium.e2e.test.ts fails on the missing browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const chromiumPath = process.env.VPP_CHROMIUM_PATH || '/usr/bin/chromium';
const isCI = /^(1|true)$/i.test(process.env.CI ?? '');

if (!existsSync(chromiumPath) && !isCI) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! SKIPPED browser tests: ${chromiumPath} not found (apt-get install chromium)`,
      '!! vpp-admin-web was NOT tested in a browser. With CI=true this fails.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const require = createRequire(import.meta.url);
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.e2e.config.mts', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) },
);
process.exit(result.status ?? 1);
