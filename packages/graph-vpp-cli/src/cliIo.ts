import type { Clock, FetchLike } from 'graph-vpp-client';
import type { Output } from './commands/context.js';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  /** Where results go (`process.stdout`, or anything with `write(text)`). */
  stdout: Output;
  /** Where progress, warnings and errors go (`process.stderr`, or anything with `write(text)`). */
  stderr: Output;
  /** Environment variables, e.g. `GRAPH_VPP_ACCESS_TOKEN` (`process.env`). */
  env: Record<string, string | undefined>;
  /** Progress is shown only on a terminal. */
  isTTY: boolean;
  /** Time for the request budget and --wait polling (a fake clock in tests). Default: real time. */
  clock?: Clock;
  /** Sends requests (a fake's `fetch` in tests). Default: the global fetch. */
  fetch?: FetchLike;
  /** Ends `fake serve` (default: SIGINT/SIGTERM). */
  stop?: Promise<unknown>;
}
