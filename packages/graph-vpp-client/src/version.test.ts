import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { packageName, packageVersion } from './version.js';

it('matches package.json, so the User-Agent names the real version', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { name: string; version: string };
  expect({ packageName, packageVersion }).toEqual({
    packageName: manifest.name,
    packageVersion: manifest.version,
  });
});
