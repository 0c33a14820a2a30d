import type { Clock, VppTokensApiClient } from 'graph-vpp-client';
import type { CommonFlags } from '../args/parseCliArgs.js';
import type { Progress } from '../output/progress.js';

export interface Output {
  write(text: string): unknown;
}

/** Everything a command needs; built once by `runCli`. */
export interface CommandContext {
  client: VppTokensApiClient;
  clock: Clock;
  flags: CommonFlags;
  stdout: Output;
  progress: Progress;
}
