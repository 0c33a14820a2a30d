#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { mintAccessToken } from '../auth/accessToken.js';
import { startVppFakeServer } from '../server.js';

const usage = `Usage: graph-vpp-fake serve [--port <n>] [--host <address>] [--page-size <n>] [--sync-ms <n>] [--throttling]
       graph-vpp-fake token [--scopes <a,b>] [--expires-in <seconds>]

Serves a stateful fake of Microsoft Graph's /deviceAppManagement/vppTokens API over HTTP and
prints its base URL (give it to the client as baseUrl). Stop it with Ctrl+C.

  --port <n>        port to listen on (default 0: a free port)
  --host <address>  address to bind (default 127.0.0.1)
  --page-size <n>   items per page before @odata.nextLink (default 1000)
  --sync-ms <n>     fake milliseconds a syncLicenses takes (default 30000; the clock runs in real time here)
  --throttling      enforce Intune's per-app limits (100 writes / 1000 requests per 20 s)
  --scopes <a,b>    token: delegated scopes (default DeviceManagementServiceConfig.ReadWrite.All)
  --expires-in <s>  token: lifetime in seconds (default 3600)
  -h, --help        show this help`;

/** The CLI; returns the exit code for usage errors, or a running server. */
export async function main(argv: string[]): Promise<number | undefined> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'page-size': { type: 'string' },
        'sync-ms': { type: 'string' },
        throttling: { type: 'boolean' },
        scopes: { type: 'string' },
        'expires-in': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`graph-vpp-fake: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const command = positionals[0];
  if (positionals.length !== 1 || (command !== 'serve' && command !== 'token')) {
    console.error(
      `graph-vpp-fake: ${positionals.length === 0 ? 'missing command' : `unknown command "${positionals.join(' ')}"`}; expected "serve" or "token"\n\n${usage}`,
    );
    return 2;
  }
  const numbers: Record<string, number> = {};
  for (const [flag, min, max] of [
    ['port', 0, 65535],
    ['page-size', 1, 100_000],
    ['sync-ms', 0, 86_400_000],
    ['expires-in', 1, 86_400_000],
  ] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      console.error(
        `graph-vpp-fake: --${flag} must be an integer from ${min} to ${max}, got "${raw}"\n\n${usage}`,
      );
      return 2;
    }
    numbers[flag] = value;
  }
  if (command === 'token') {
    // An unsigned test token for curl and friends; the server's clock follows real time.
    const scopes = values.scopes
      ?.split(',')
      .map((scope) => scope.trim())
      .filter(Boolean);
    console.log(
      mintAccessToken(Date.now(), {
        ...(scopes ? { scopes } : {}),
        ...(numbers['expires-in'] !== undefined ? { expiresInSeconds: numbers['expires-in'] } : {}),
      }),
    );
    return 0;
  }
  const running = await startVppFakeServer({
    port: numbers['port'] ?? 0,
    host: values.host ?? '127.0.0.1',
    ...(numbers['page-size'] !== undefined ? { pageSize: numbers['page-size'] } : {}),
    sync: { durationMs: numbers['sync-ms'] ?? 30_000 },
    throttling: values.throttling ?? false,
  });
  // A standalone server has no test to drive its clock: keep fake time in step with real time.
  let last = Date.now();
  const ticker = setInterval(() => {
    const now = Date.now();
    running.fake.clock.advance(now - last);
    last = now;
  }, 250);
  ticker.unref();
  // Signal handlers go in before the URL is printed: whoever reads it may stop us at once.
  const stop = (signal: string) => {
    clearInterval(ticker);
    console.log(`graph-vpp-fake: ${signal}, stopping`);
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  console.log(`graph-vpp-fake listening on ${running.baseUrl}`);
  console.log('Requests need "Authorization: Bearer <token>"; get one with: graph-vpp-fake token');
  return undefined;
}

const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
