// Every entry point the packages document, imported by name from the installed tarballs.
import assert from 'node:assert/strict';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const scratch = realpathSync(fileURLToPath(new URL('..', import.meta.url)));

/** Named exports each entry must have; every other subpath of every `exports` map is imported too. */
const expected = {
  'graph-vpp-client': [
    'createVppTokensClient',
    'defaultBaseUrl',
    'GraphError',
    'isGraphError',
    'withSignal',
    'systemClock',
    'isRetryable',
    'assertValidVppTokenId',
    'enumValue',
    'listAllVppTokens',
    'listVppTokenPages',
    'getAllVppTokens',
    'describeGraphError',
    'waitForSync',
    'SyncTimeoutError',
    'packageVersion',
    'VppTokenStateObject',
  ],
  'graph-vpp-auth': [
    'createGraphAuthProvider',
    'graphClouds',
    'GraphAuthError',
    'loopbackHosts',
    'describeAccessToken',
    'requiredVppScope',
  ],
  'graph-vpp-fake': [
    'createVppFake',
    'createVppFakeCore',
    'createVppFakeHandlers',
    'graphCloudHosts',
  ],
  'graph-vpp-fake/core': ['createVppFakeCore', 'FakeContractError', 'defaultVppTokens'],
  'graph-vpp-fake/node': ['setupVppFakeServer', 'installedMswMajor', 'unhandledRequestOption'],
  'graph-vpp-fake/server': ['startVppFakeServer', 'createVppFakeCore'],
  'graph-vpp-query': [
    'vppTokensQueryOptions',
    'vppTokenQueryOptions',
    'syncLicensesMutationOptions',
    'vppTokenKeys',
    'vppRetry',
    'createVppRetry',
  ],
  'graph-vpp-cli': ['runCli', 'parseCliArgs', 'exitCodes', 'cliVersion'],
};

/** Browser-only entries, proven by test/browser-bundle.test.js instead (msw 3's `msw/browser` is `node: null`). */
const browserOnly = new Set(['graph-vpp-fake/browser']);

for (const name of [
  'graph-vpp-client',
  'graph-vpp-auth',
  'graph-vpp-fake',
  'graph-vpp-query',
  'graph-vpp-cli',
]) {
  test(`${name} is installed from its tarball, not linked from the workspace`, () => {
    const installed = `${scratch}/node_modules/${name}`;
    assert.equal(lstatSync(installed).isSymbolicLink(), false, `${installed} is a symlink`);
    const resolved = fileURLToPath(import.meta.resolve(name));
    assert.ok(resolved.startsWith(`${installed}/dist/`), `${name} resolved to ${resolved}`);
    const manifest = JSON.parse(readFileSync(`${installed}/package.json`, 'utf8'));
    assert.equal(manifest.version, '0.1.0');
  });

  test(`${name}: every subpath of its exports map imports`, async () => {
    const manifest = JSON.parse(
      readFileSync(`${scratch}/node_modules/${name}/package.json`, 'utf8'),
    );
    for (const subpath of Object.keys(manifest.exports)) {
      const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
      if (subpath === './package.json') {
        const { default: json } = await import(specifier, { with: { type: 'json' } });
        assert.equal(json.name, name);
        continue;
      }
      if (browserOnly.has(specifier)) {
        continue;
      }
      const module = await import(specifier);
      for (const symbol of expected[specifier] ?? []) {
        assert.notEqual(module[symbol], undefined, `${specifier} has no export ${symbol}`);
      }
      assert.ok(Object.keys(module).length > 0, `${specifier} exports nothing`);
    }
  });
}
