import { parseArgs } from 'node:util';
import { toEpochMs } from '../../core/clock/fakeClock.js';
import { startVppFakeServer } from './startVppFakeServer.js';

/** The one option set of `graph-vpp-fake serve` and `graph-vpp fake serve`. */
export interface FakeServeOptions {
  /** `--port`: 0 picks a free port. */
  readonly port: number;
  /** `--host`: the address to bind (loopback unless asked). */
  readonly host: string;
  /** `--page-size`: items per page before `@odata.nextLink`. */
  readonly pageSize: number;
  /** `--sync-ms`: milliseconds a syncLicenses takes. */
  readonly syncMs: number;
  /** `--throttling`: Intune's per-app limits. */
  readonly throttling: boolean;
  /** `--latency-ms`: real milliseconds each response is delayed. */
  readonly latencyMs: number;
  /** `--start-time`: fake time at start (it then follows real time). Default: now. */
  readonly startTime?: string | undefined;
}

/** The defaults both serve commands share. */
export const fakeServeDefaults: Readonly<FakeServeOptions> = Object.freeze({
  port: 4010,
  host: '127.0.0.1',
  pageSize: 1000,
  syncMs: 30_000,
  throttling: false,
  latencyMs: 0,
});

/** The options part of both commands' usage text. */
export const fakeServeUsage = `  --port <n>          port to listen on (default ${fakeServeDefaults.port}; 0 picks a free port)
  --host <address>    address to bind (default ${fakeServeDefaults.host})
  --page-size <n>     items per page before @odata.nextLink (default ${fakeServeDefaults.pageSize})
  --sync-ms <n>       milliseconds a syncLicenses takes (default ${fakeServeDefaults.syncMs})
  --throttling        enforce Intune's per-app limits (100 writes / 1000 requests per 20 s)
  --latency-ms <n>    delay every response by n real milliseconds (default ${fakeServeDefaults.latencyMs})
  --start-time <iso>  fake time at start, e.g. 2026-01-01T00:00:00Z (default: now)
The fake's clock follows real time: syncs finish and access tokens expire as time passes.`;

/** A bad serve option; both commands turn it into exit code 2 with their usage text. */
export class FakeServeUsageError extends Error {
  /** `FakeServeUsageError`. */
  override readonly name = 'FakeServeUsageError';
}

const integerFlags = [
  ['port', 'port', 0, 65_535],
  ['page-size', 'pageSize', 1, 100_000],
  ['sync-ms', 'syncMs', 0, 86_400_000],
  ['latency-ms', 'latencyMs', 0, 60_000],
] as const;

/** Reads the serve options (the arguments after `serve`); throws FakeServeUsageError. */
export function parseFakeServeArgs(argv: readonly string[]): FakeServeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'page-size': { type: 'string' },
        'sync-ms': { type: 'string' },
        'latency-ms': { type: 'string' },
        'start-time': { type: 'string' },
        throttling: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new FakeServeUsageError(
      (error instanceof Error ? error.message : String(error)).replace(
        /\. To specify a positional argument.*$/s,
        '.',
      ),
    );
  }
  const numbers: Partial<Record<(typeof integerFlags)[number][1], number>> = {};
  for (const [flag, key, min, max] of integerFlags) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new FakeServeUsageError(
        `--${flag} must be an integer from ${min} to ${max}, got "${raw}"`,
      );
    }
    numbers[key] = value;
  }
  const startTime = values['start-time'];
  if (startTime !== undefined) {
    try {
      toEpochMs(startTime);
    } catch {
      throw new FakeServeUsageError(
        `--start-time must be a date and time such as 2026-01-01T00:00:00Z, got "${startTime}"`,
      );
    }
  }
  if (values.host !== undefined && values.host.trim() === '') {
    throw new FakeServeUsageError('--host needs an address, e.g. 127.0.0.1');
  }
  return {
    ...fakeServeDefaults,
    ...numbers,
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.throttling ? { throttling: true } : {}),
    ...(startTime !== undefined ? { startTime } : {}),
  };
}

/** Where `serveVppFake` writes, and what stops it. */
export interface FakeServeIo {
  /** Where the listening URL and the stop notice go (`process.stdout`, or anything with `write`). */
  stdout: {
    /** Writes one chunk of text. */
    write(text: string): unknown;
  };
  /** Resolves to stop the server. Default: SIGINT or SIGTERM. */
  stop?: Promise<unknown> | undefined;
}

/**
 * Serves the fake until `io.stop` resolves (default: SIGINT/SIGTERM), with fake time following
 * real time. Rejects with a readable Error when it cannot listen (e.g. the port is in use).
 */
export async function serveVppFake(options: FakeServeOptions, io: FakeServeIo): Promise<void> {
  let running;
  try {
    running = await startVppFakeServer({
      port: options.port,
      host: options.host,
      pageSize: options.pageSize,
      sync: { durationMs: options.syncMs },
      throttling: options.throttling,
      latencyMs: options.latencyMs,
      startTime: options.startTime,
      realTime: true,
    });
  } catch (error) {
    throw new Error(
      `could not start the fake on ${options.host}:${options.port}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Signal handlers go in before the URL is printed: whoever reads it may stop us at once.
  const stopped = io.stop ?? untilSignal(io);
  io.stdout.write(
    `graph-vpp-fake listening on ${running.baseUrl}\nRequests need "Authorization: Bearer <access token>"; mint one with: npx graph-vpp-fake token\n`,
  );
  await stopped;
  await running.close();
}

function untilSignal(io: FakeServeIo): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stdout.write(`graph-vpp-fake: ${signal}, stopping\n`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
