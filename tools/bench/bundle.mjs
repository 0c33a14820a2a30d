// 1. Bundle size: minified + gzip, browser ESM, same esbuild settings for every entry.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const bundleEntries = {
  'plain fetch (floor)': 'plain-fetch.mjs',
  'bare Kiota runtime (abstractions + fetch + JSON)': 'bare-kiota.mjs',
  'Kiota-generated client alone (no graph-vpp layer, no auth helper)': 'generated-only.mjs',
  'graph-vpp-client + graph-vpp-auth': 'graph-vpp.mjs',
  '@microsoft/msgraph-sdk (adapter + VppToken model)': 'msgraph-sdk.mjs',
  '@microsoft/msgraph-sdk (… + its serializer)': 'msgraph-sdk-with-serializer.mjs',
  '@microsoft/microsoft-graph-client 3.x': 'microsoft-graph-client.mjs',
};

export async function measureBundle(file) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./bundle-entries/${file}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

export async function bundleBench() {
  const rows = {};
  for (const [name, file] of Object.entries(bundleEntries)) rows[name] = await measureBundle(file);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bundleBench());
