import type { CliIo } from '../cliIo.js';
import { exitCodes, type ExitCode } from '../exitCodes.js';

/**
 * `fake serve`: graph-vpp-fake's own serve command (same options, same defaults), until
 * SIGINT/SIGTERM or `io.stop`. Loaded lazily so other commands never load the fake.
 */
export async function serveFake(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { FakeServeUsageError, fakeServeUsage, parseFakeServeArgs, serveVppFake } =
    await import('graph-vpp-fake/server');
  const usage = `Usage: graph-vpp fake serve [options]\n${fakeServeUsage}\n`;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(usage);
    return exitCodes.ok;
  }
  let options;
  try {
    options = parseFakeServeArgs(args);
  } catch (error) {
    if (!(error instanceof FakeServeUsageError)) throw error;
    io.stderr.write(`graph-vpp: ${error.message}\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    await serveVppFake(options, { stdout: io.stdout, stop: io.stop });
  } catch (error) {
    io.stderr.write(`graph-vpp: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.service;
  }
  return exitCodes.ok;
}
