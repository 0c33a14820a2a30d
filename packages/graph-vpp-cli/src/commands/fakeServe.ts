import type { CliIo } from '../run.js';
import { exitCodes, type ExitCode } from '../exitCodes.js';

/** `fake serve`: the standalone fake Graph on a local port until SIGINT/SIGTERM (or `io.stop`). */
export async function serveFake(
  command: { port: number; host: string },
  io: CliIo,
): Promise<ExitCode> {
  const { startVppFakeServer } = await import('graph-vpp-fake/server');
  let server;
  try {
    server = await startVppFakeServer({ port: command.port, host: command.host });
  } catch (error) {
    io.stderr.write(
      `graph-vpp: could not start the fake on ${command.host}:${command.port}: ${(error as Error).message}\n`,
    );
    return exitCodes.service;
  }
  io.stdout.write(
    `Fake Graph listening on ${server.baseUrl}\nMint a token: any request without one gets 401; see graph-vpp-fake's README.\n`,
  );
  await (io.stop ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }));
  await server.close();
  return exitCodes.ok;
}
