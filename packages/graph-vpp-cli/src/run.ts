import { createVppTokensClient, systemClock, type FetchLike } from 'graph-vpp-client';
import { parseCliArgs, usage, type CliCommand, type CommonFlags } from './args/parseCliArgs.js';
import { resolveAuth, type ResolvedAuth } from './auth/resolveAuth.js';
import { budgetedFetch, RequestBudget } from './budget/requestBudget.js';
import type { CliIo } from './cliIo.js';
import type { CommandContext } from './commands/context.js';
import { serveFake } from './commands/fakeServe.js';
import { toCliError } from './commands/failures.js';
import { syncCommand } from './commands/sync.js';
import { checkCommand } from './commands/check.js';
import { licensesCommand } from './commands/licenses.js';
import { renewCommand } from './commands/renew.js';
import { tokensGet, tokensList } from './commands/tokens.js';
import { exitCodes, type ExitCode } from './exitCodes.js';
import { createProgress } from './output/progress.js';
import { visibleSafeOutput } from './output/terminalSafe.js';
import { startEmbeddedFake } from './fake/embeddedFake.js';
import { cliVersion } from './version.js';

export type { CliIo } from './cliIo.js';

/** Runs one graph-vpp command line and returns its exit code. Never calls process.exit. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<ExitCode> {
  // Service data and echoed input may hold terminal escapes: everything written is made visible-safe.
  const io: CliIo = {
    ...rawIo,
    stdout: visibleSafeOutput(rawIo.stdout),
    stderr: visibleSafeOutput(rawIo.stderr),
  };
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`graph-vpp: ${(error as Error).message}\n\n${usage}\n`);
    return exitCodes.usage;
  }
  if (command.kind === 'help') {
    io.stdout.write(`${usage}\n`);
    return exitCodes.ok;
  }
  if (command.kind === 'version') {
    io.stdout.write(`graph-vpp ${cliVersion}\n`);
    return exitCodes.ok;
  }
  if (command.kind === 'fake-serve') return serveFake(command.args, io);

  let diagnose: ResolvedAuth['diagnose'] = () => [];
  try {
    const flags: CommonFlags = command;
    const clock = io.clock ?? systemClock;
    let auth: ResolvedAuth;
    let send: FetchLike = io.fetch ?? ((input, init) => globalThis.fetch(input, init));
    if (flags.fake) {
      const embedded = await startEmbeddedFake();
      io.stderr.write(embedded.banner);
      send = embedded.fetch;
      // --client-credentials signs in at the fake's Entra ID with the environment's app (the
      // demo registration in the README); --fake alone uses a token minted for the demo admin.
      auth = flags.auth.clientCredentials
        ? await resolveAuth(flags, io.env, () => undefined, embedded.credentialOptions)
        : await resolveAuth(
            { ...flags, auth: { ...flags.auth, accessToken: embedded.accessToken } },
            {},
            () => undefined,
          );
    } else {
      auth = await resolveAuth(flags, io.env, (line) => io.stderr.write(`${line}\n`));
    }
    diagnose = auth.diagnose;
    const client = createVppTokensClient({
      authProvider: auth.authProvider,
      baseUrl: auth.baseUrl,
      fetch: budgetedFetch(new RequestBudget(clock), clock, send),
      retry: { clock },
      userAgent: `graph-vpp-cli/${cliVersion}`,
    });
    const ctx: CommandContext = {
      client,
      clock,
      flags,
      stdout: io.stdout,
      progress: createProgress(rawIo.stderr, io.isTTY && !flags.json),
    };
    if (command.kind === 'tokens-list') return await tokensList(ctx);
    if (command.kind === 'check') return await checkCommand(ctx, command.check);
    if (command.kind === 'licenses') return await licensesCommand(ctx, command.licenses);
    if (command.kind === 'renew') return await renewCommand(ctx, command.renew);
    if (command.kind === 'tokens-get') return await tokensGet(ctx, command.id);
    return await syncCommand(ctx, command.ids, command.all);
  } catch (error) {
    const failure = toCliError(error, diagnose);
    io.stderr.write(`\ngraph-vpp: ${failure.message}\n`);
    return failure.exitCode;
  }
}
