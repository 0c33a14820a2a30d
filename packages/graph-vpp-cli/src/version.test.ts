import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { cliVersion } from './version.js';

it('matches package.json', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  expect(cliVersion).toBe(manifest.version);
});
