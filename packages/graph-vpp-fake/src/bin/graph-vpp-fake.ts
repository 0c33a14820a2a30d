#!/usr/bin/env node
import { mintAccessTokenAt } from '../core/auth/accessToken.js';
import {
  FakeServeUsageError,
  fakeServeUsage,
  parseFakeServeArgs,
  serveVppFake,
} from '../adapters/http/serveVppFake.js';
import { parseArgs } from 'node:util';

const usage = `Usage: graph-vpp-fake serve [options]
       graph-vpp-fake token [--scopes <a,b>] [--expires-in <seconds>]

Serves a stateful fake of Microsoft Graph's /deviceAppManagement/vppTokens API over HTTP and
prints its base URL (give it to the client as baseUrl). Stop it with Ctrl+C.
\`graph-vpp fake serve\` is the same command with the same options.

${fakeServeUsage}

  --scopes <a,b>      token: delegated scopes (default DeviceManagementServiceConfig.ReadWrite.All)
  --expires-in <s>    token: lifetime in seconds (default 3600)
  -h, --help          show this help`;

function usageError(message: string): number {
  console.error(`graph-vpp-fake: ${message}\n\n${usage}`);
  return 2;
}

/** The bin; resolves to its exit code (after `serve` stops). */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(usage);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command === 'serve') {
    let options;
    try {
      options = parseFakeServeArgs(rest);
    } catch (error) {
      if (error instanceof FakeServeUsageError) return usageError(error.message);
      throw error;
    }
    try {
      await serveVppFake(options, { stdout: process.stdout });
      return 0;
    } catch (error) {
      console.error(`graph-vpp-fake: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  if (command === 'token') return mintToken(rest);
  return usageError(
    command === undefined
      ? 'missing command; expected "serve" or "token"'
      : `unknown command "${argv.join(' ')}"; expected "serve" or "token"`,
  );
}

/** `token`: an unsigned test access token for curl and friends (the server follows real time). */
function mintToken(argv: readonly string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { scopes: { type: 'string' }, 'expires-in': { type: 'string' } },
    }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const expiresIn = values['expires-in'];
  if (expiresIn !== undefined && (!/^\d+$/.test(expiresIn) || Number(expiresIn) < 1)) {
    return usageError(`--expires-in must be an integer from 1 to 86400000, got "${expiresIn}"`);
  }
  const scopes = values.scopes
    ?.split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  console.log(
    mintAccessTokenAt(Date.now(), {
      ...(scopes ? { scopes } : {}),
      ...(expiresIn !== undefined ? { expiresInSeconds: Number(expiresIn) } : {}),
    }),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
