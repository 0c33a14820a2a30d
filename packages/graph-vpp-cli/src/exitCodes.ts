/** Process exit codes, distinct per kind of failure so schedulers can react. */
export const exitCodes = {
  /** Every attempted sync completed (or, without --wait, was accepted). */
  ok: 0,
  /** At least one sync failed (or, with --strict, a token needs renewal). */
  syncFailed: 1,
  /** Bad command line: unknown command or flag, bad id, bad --base-url. */
  usage: 2,
  /** No credentials, a token could not be obtained, or Graph answered 401/403. */
  auth: 3,
  /** Graph or the network failed for another reason (5xx, 404 on a named id, timeout). */
  service: 4,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A failure that ends the command with a message and a specific exit code. */
export class CliError extends Error {
  override name = 'CliError' as const;
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, exitCodes.usage);
  }
}
