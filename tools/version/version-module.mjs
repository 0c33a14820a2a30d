// @ts-check
// `nx run <package>:version-module`: writes src/manifest/generated/version.ts from the package's
// package.json, so the name and version the code reports are the ones `nx release` wrote there.
// Runs before every build. With --check, or with CI=true, a stale module is a failure instead
// of being rewritten: CI must see the committed file, not one the build just fixed.
// Usage (in a package folder): node ../../tools/version/version-module.mjs [--check]
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const modulePath = path.join('src', 'manifest', 'generated', 'version.ts');

/** The module's text for a package.json's name and version. */
export function versionModule(/** @type {{ name: string; version: string }} */ manifest) {
  return [
    '// Generated from package.json by tools/version/version-module.mjs. Do not edit:',
    '// `nx run <package>:version-module` rewrites it (every build runs it first).',
    '',
    '/** The package name, as in package.json. */',
    `export const packageName = ${JSON.stringify(manifest.name)};`,
    '/** The package version, as in package.json (nx release writes it there). */',
    `export const packageVersion = ${JSON.stringify(manifest.version)};`,
    '',
  ].join('\n');
}

function main() {
  const packageDir = process.cwd();
  const manifestFile = path.join(packageDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    console.error(`version-module: ${manifestFile} needs a string "name" and "version".`);
    return 1;
  }
  const target = path.join(packageDir, modulePath);
  const wanted = versionModule(manifest);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === wanted) return 0;

  const checkOnly = process.argv.includes('--check') || /^(1|true)$/i.test(process.env.CI ?? '');
  if (checkOnly) {
    console.error(
      `version-module FAILED: ${path.relative(process.cwd(), target)} is ${current === undefined ? 'missing' : 'stale or edited by hand'}; ` +
        `package.json says ${manifest.name}@${manifest.version}.\n` +
        `Run \`npx nx run ${manifest.name}:version-module\` and commit the result.`,
    );
    return 1;
  }
  // Atomic: a reader never sees half a file.
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, wanted);
  renameSync(temporary, target);
  console.log(`version-module: wrote ${modulePath} (${manifest.name}@${manifest.version})`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
