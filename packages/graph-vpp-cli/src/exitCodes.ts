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

/** One of the {@link exitCodes} values: 0 ok, 1 sync failed, 2 usage, 3 auth, 4 service. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A failure that ends the command with a message and a specific exit code. */
export class CliError extends Error {
  /** Always `'CliError'` (also on subclasses such as {@link UsageError}). */
  override name = 'CliError' as const;
  /** Creates the error with the message to print and the exit code to end with. */
  constructor(
    message: string,
    /** The process exit code this failure ends the command with. */
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

/** A bad command line (unknown command or flag, bad id, bad `--base-url`); exit code 2 with the usage. */
export class UsageError extends CliError {
  /** Creates the error; its exit code is `exitCodes.usage`. */
  constructor(message: string) {
    super(message, exitCodes.usage);
  }
}
