// Bundle a browser entry that uses graph-vpp-fake/browser, the client and auth, for the browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { build } from 'esbuild';

test('esbuild bundles a browser entry (platform browser, no Node built-ins)', async () => {
  const outfile = new URL('../browser/out/app.js', import.meta.url).pathname;
  const result = await build({
    entryPoints: [new URL('../browser/entry.js', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    outfile,
    logLevel: 'silent',
    metafile: true,
  });
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.warnings, [], result.warnings.map((w) => w.text).join('\n'));
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(
    inputs.some((input) => input.includes('node_modules/graph-vpp-fake/dist/entries/browser.js')),
  );
  assert.ok(
    inputs.some((input) => input.includes('node_modules/msw/')),
    'msw is bundled',
  );
  const sources = inputs.filter((input) => /node_modules\/graph-vpp-[^/]+\/src\//.test(input));
  assert.deepEqual(sources, [], 'TypeScript sources were bundled instead of dist');
  // platform 'browser' makes a Node built-in a build error; anything left external would show here.
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
  assert.deepEqual(imports, [], 'the bundle imports something it could not include');
  assert.ok(
    !inputs.some((input) => /msw\/lib\/node\//.test(input)),
    "msw's Node adapter was bundled",
  );
  assert.ok(readFileSync(outfile, 'utf8').includes('setupWorker'));
});
