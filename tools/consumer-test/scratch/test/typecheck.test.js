// tsc on a consumer file under moduleResolution nodenext and bundler (see typecheck/consumer.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

for (const resolution of ['nodenext', 'bundler']) {
  test(`typecheck a consumer under moduleResolution ${resolution}`, () => {
    const result = spawnSync(
      process.execPath,
      [
        'node_modules/typescript/bin/tsc',
        '-p',
        `typecheck/tsconfig.${resolution}.json`,
        '--pretty',
        'false',
      ],
      { cwd: new URL('..', import.meta.url), encoding: 'utf8' },
    );
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
}
