// msw is an optional peer of graph-vpp-fake: the msw-free entries must load and work without it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function runWithoutMsw(source) {
  return spawnSync(
    process.execPath,
    ['--import', './hooks/no-msw.js', '--input-type=module', '-e', source],
    {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    },
  );
}

test('the msw blocker works (graph-vpp-fake/node needs msw and fails without it)', () => {
  const result = runWithoutMsw(`await import('graph-vpp-fake/node');`);
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /hidden by hooks\/no-msw\.js/);
});

test('graph-vpp-fake/core, /server, graph-vpp-client, -auth and -cli work without msw', () => {
  const result = runWithoutMsw(`
    import { createVppFakeCore } from 'graph-vpp-fake/core';
    import { startVppFakeServer } from 'graph-vpp-fake/server';
    import { createVppTokensClient, listAllVppTokens } from 'graph-vpp-client';
    import { createGraphAuthProvider } from 'graph-vpp-auth';
    import { runCli } from 'graph-vpp-cli';
    const core = createVppFakeCore();
    const running = await startVppFakeServer({ fake: core });
    try {
      const client = createVppTokensClient({
        authProvider: createGraphAuthProvider({ accessToken: core.mintAccessToken() }, { allowLocalhost: true }),
        baseUrl: running.baseUrl,
      });
      const tokens = [];
      for await (const token of listAllVppTokens(client)) tokens.push(token);
      if (tokens.length !== core.listVppTokens().length) throw new Error('token count differs');
      if (typeof runCli !== 'function') throw new Error('runCli missing');
      console.log('listed ' + tokens.length + ' tokens over node:http without msw');
    } finally {
      await running.close();
    }
  `);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /without msw/);
});
