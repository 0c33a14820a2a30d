// 1. Bundle size: minified + gzip, browser ESM, same esbuild settings for every entry.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
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

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The pages built on the workspace's Kiota (the bare runtime, the generated client, this SDK) get
 * its one copy. Without this, a page's own `@microsoft/kiota-*` imports resolve to
 * tools/bench/node_modules (installed for msgraph-sdk) while the generated code they import
 * resolves to the workspace: two runtimes in one bundle. The msgraph-sdk pages keep theirs.
 */
const workspaceKiotaPages = new Set(['bare-kiota.mjs', 'generated-only.mjs', 'graph-vpp.mjs']);
const oneKiotaRuntime = {
  name: 'one-kiota-runtime',
  setup(b) {
    b.onResolve({ filter: /^@microsoft\/kiota-/ }, (args) => {
      if (args.pluginData === oneKiotaRuntime) return undefined;
      return b.resolve(args.path, {
        kind: args.kind,
        resolveDir: workspaceRoot,
        pluginData: oneKiotaRuntime,
      });
    });
  },
};

export async function measureBundle(file, plugins = []) {
  const result = await build({
    plugins: workspaceKiotaPages.has(file) ? [oneKiotaRuntime, ...plugins] : plugins,
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

/**
 * Where the SDK layer's bytes go: the gzip saved when one module (and what only it imports) is
 * replaced by empty exports. Parts overlap a little (shared helpers), so they do not add up.
 */
export const sdkLayerParts = {
  'graph-vpp-auth (host policy, token sources, token cache)':
    'graph-vpp-auth/dist/createGraphAuthProvider.js',
  '… of which the token cache (shared refresh, abort, expiry log)':
    'graph-vpp-auth/dist/tokens/tokenCache.js',
  '… of which the token sources (credential, getAccessToken, accessToken)':
    'graph-vpp-auth/dist/tokens/tokenSource.js',
  '… of which the host policy': 'graph-vpp-auth/dist/hosts/hostPolicy.js',
  '… of which credential-failure redaction': 'graph-vpp-auth/dist/errors/describeFailure.js',
  "Kiota's apiClientProxifier (fluent request builders)":
    'kiota-abstractions/dist/es/src/apiClientProxifier.js',
  'generated models (deserializers, serializer, enums)':
    'graph-vpp-client/dist/generated/models/index.js',
  'error responses → GraphError (Intune message unpacking)':
    'graph-vpp-client/dist/http/graphErrorHandler.js',
  'retry (Retry-After, backoff, clock)': 'graph-vpp-client/dist/http/graphRetryHandler.js',
  'token egress last hop (Authorization check, then fetch)':
    'graph-vpp-client/dist/egress/tokenEgressHandler.js',
  'redirects (Location resolved, credentials dropped across origins)':
    'graph-vpp-client/dist/http/graphRedirectHandler.js',
  'JSON corrections (docs wrapper, unknown enums, zone-less dates)':
    'graph-vpp-client/dist/serialization/graphJsonParseNodeFactory.js',
  'vppToken id guard': 'graph-vpp-client/dist/ids/guardIds.js',
  'client-request-id, User-Agent, AbortSignal':
    'graph-vpp-client/dist/http/requestHeadersHandler.js',
};

const emptyExports = (suffix) => ({
  name: 'empty-exports',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, ({ path }) => {
      if (!path.replaceAll('\\', '/').endsWith(suffix)) return undefined;
      const source = readFileSync(path, 'utf8');
      const names = [
        ...source.matchAll(/export (?:async )?(?:function|class|const|let) (\w+)/g),
      ].map((m) => m[1]);
      return { contents: names.map((n) => `export const ${n} = globalThis.${n};`).join('\n') };
    });
  },
});

export async function sdkLayerAttribution(
  file = bundleEntries['graph-vpp-client + graph-vpp-auth'],
) {
  const whole = await measureBundle(file);
  const rows = {};
  for (const [name, suffix] of Object.entries(sdkLayerParts)) {
    rows[name] = whole.gzip - (await measureBundle(file, [emptyExports(suffix)])).gzip;
  }
  return rows;
}

export async function bundleBench() {
  const rows = {};
  for (const [name, file] of Object.entries(bundleEntries)) rows[name] = await measureBundle(file);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await bundleBench());
  console.table(await sdkLayerAttribution());
}
