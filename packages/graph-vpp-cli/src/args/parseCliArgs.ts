import { parseArgs } from 'node:util';
import { assertValidVppTokenId, parseGraphBaseUrl } from 'graph-vpp-client';
import { loopbackHosts, type GraphCloud } from 'graph-vpp-auth';
import { UsageError } from '../exitCodes.js';
import * as checkArgs from './parseCheckArgs.js';
import { checkTokenHost, parseAllowHosts, parseCloud } from './tokenHostPolicy.js';
import * as licensesArgs from './parseLicensesArgs.js';
import {
  authOptions,
  extractManagedIdentity,
  parseAuthFlags,
  type AuthFlags,
} from './parseAuthFlags.js';

export type { AuthFlags } from './parseAuthFlags.js';

export interface CommonFlags {
  auth: AuthFlags;
  cloud: GraphCloud;
  baseUrl?: string | undefined;
  /** The `--base-url` host the access token may go to (named by `--allow-host`), if not the cloud's or loopback. */
  allowedHost?: string | undefined;
  fake: boolean;
  json: boolean;
  wait: boolean;
  strict: boolean;
  timeoutMs: number;
}

/** A parsed command line: which command, its arguments and the flags common to Graph commands. */
export type CliCommand =
  | {
      /** `--help`. */
      kind: 'help';
    }
  | {
      /** `--version`. */
      kind: 'version';
    }
  | ({
      /** `tokens list`. */
      kind: 'tokens-list';
    } & CommonFlags)
  | ({
      /** `tokens get <id>`. */
      kind: 'tokens-get';
      /** The vppToken id. */
      id: string;
    } & CommonFlags)
  | ({
      /** `sync <id...>` or `sync --all`. */
      kind: 'sync';
      /** The vppToken ids named on the command line (empty with `--all`). */
      ids: string[];
      /** `--all`: every token whose state is valid. */
      all: boolean;
    } & CommonFlags)
  | ({
      /** `check`. */
      kind: 'check';
      /** Its thresholds, format and output. */
      check: checkArgs.CheckSettings;
    } & CommonFlags)
  | ({
      /** `licenses [--token <id>]`. */
      kind: 'licenses';
      /** Which token, format, threshold and whether to sync first. */
      licenses: licensesArgs.LicensesSettings;
    } & CommonFlags)
  | ({
      /** `renew <id> --file <sToken file>`. */
      kind: 'renew';
      /** The vppToken and the file. */
      renew: checkArgs.RenewSettings;
    } & CommonFlags)
  | {
      /** `fake serve`. */
      kind: 'fake-serve';
      /** Everything after `fake serve`, read by graph-vpp-fake's own parser (one option set). */
      args: readonly string[];
    };

/** The `--help` text. */
export const usage = `Usage: graph-vpp [options] <command>

Commands:
  tokens list              List every VPP token (follows paging)
  tokens get <id>          Show one VPP token
  sync <id...>             Sync the licenses of these tokens
  sync --all               Sync every token whose state is valid; expired or invalid ones are
                           listed as needing renewal and not sent
  check                    Classify every token as ok, warning or critical (see "graph-vpp check" below)
  licenses                 Licence use per token and app: total, used, available, available share
                           (--token <id>, --sync, --format table|json|csv, --fail-below <percent>)
  renew <id> --file <f>    Upload a renewed sToken file and verify Intune took it (bad files refused first;
                           --force: the file names another organisation)
  fake serve [options]     Run the fake Graph on 127.0.0.1:4010 (options: graph-vpp fake serve --help)

Options:
  --wait                   Wait until each sync completes or fails (tokens get/list: until no sync runs)
  --json                   Machine-readable output on stdout, no progress
  --strict                 With sync --all: tokens needing renewal count as failures
  --timeout <seconds>      Longest --wait (default 600)
  --fake                   Use the built-in fake Graph with demo data (no tenant, no network)
  --access-token <token>   Bearer token (prefer the GRAPH_VPP_ACCESS_TOKEN environment variable)
  --device-code --tenant <id> [--client-id <id>]
                           Sign in with a device code (work or school account)
  --azure-cli              Use the account signed in to the Azure CLI (az login)
  --client-credentials     Sign in as an app (unattended): AZURE_TENANT_ID, AZURE_CLIENT_ID and one of
                           AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH [+ AZURE_CLIENT_CERTIFICATE_PASSWORD]
                           or AZURE_FEDERATED_TOKEN_FILE (workload identity, e.g. GitHub OIDC)
  --managed-identity [client-id]
                           Use the Azure host's managed identity (a GUID after it: that user-assigned one)
  --cloud <name>           global (default), usGov, usGovDoD or china
  --base-url <url>         Graph root, e.g. https://graph.microsoft.com/v1.0 (https; http only on loopback).
                           The access token goes only to the --cloud's Graph host or loopback unless
  --allow-host <host>      names the --base-url host exactly (never link-local or metadata addresses)
  -h, --help               Show this help
  -v, --version            Show the version

check: --format table|json|csv|prometheus|markdown (default table), --output <file> (written atomically),
  --critical-days N (7), --warn-days N (30), --stale-hours N (48), --fail-on warning|critical|never
  (default warning: exit 1 when a token is at least that), --sync (sync valid tokens and wait first),
  --licenses-below <percent> (a token with an app below that share of licences available is a warning)

licenses: --fail-below <percent> exits 1 when any app has less than that share of its licences available.

Exit codes: 0 all syncs completed, 1 a sync failed, 2 usage error, 3 authentication or permission problem,
4 service or network error.`;

const options = {
  wait: { type: 'boolean' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  all: { type: 'boolean' },
  timeout: { type: 'string' },
  fake: { type: 'boolean' },
  ...authOptions,
  cloud: { type: 'string' },
  'base-url': { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...checkArgs.checkAndRenewOptions,
  ...licensesArgs.licensesOptions,
} as const;

/** Parses argv (without `node` and the script); throws UsageError with what was wrong. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  // `fake serve` takes graph-vpp-fake's serve options, parsed by graph-vpp-fake itself.
  if (argv[0] === 'fake' && argv[1] === 'serve') {
    return { kind: 'fake-serve', args: argv.slice(2) };
  }
  const managed = extractManagedIdentity(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: managed.rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'),
    );
  }
  const { positionals } = parsed;
  const { 'allow-host': allowHostValues, ...values } = parsed.values;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, sub, ...rest] = positionals;
  if (!command) throw new UsageError('No command given.');

  if (command === 'fake') {
    throw new UsageError(
      sub === 'serve'
        ? 'Write "fake serve" first, then its options: graph-vpp fake serve --port 4010'
        : `Unknown command "fake ${[sub, ...rest].join(' ')}". Did you mean "fake serve"?`,
    );
  }
  if (values.port !== undefined || values.host !== undefined)
    throw new UsageError('--port and --host belong to "fake serve".');

  licensesArgs.rejectLicensesFlags(command, values);
  if (command === 'licenses') {
    const licenses = licensesArgs.parseLicensesSettings(
      [sub, ...rest].filter((x): x is string => x !== undefined),
      values,
    );
    return { kind: 'licenses', licenses, ...commonFlags(values, allowHostValues ?? [], managed) };
  }
  checkArgs.rejectCheckAndRenewFlags(command, values);
  const common = commonFlags(values, allowHostValues ?? [], managed);
  const operands = [sub, ...rest].filter((x): x is string => x !== undefined);
  if (command === 'check')
    return { kind: 'check', check: checkArgs.parseCheckSettings(operands, values), ...common };
  if (command === 'renew') {
    const renew = checkArgs.parseRenewSettings(operands, values);
    return { kind: 'renew', renew: { ...renew, id: checkedId(renew.id) }, ...common };
  }
  if (command === 'tokens') {
    if (values.all || values.strict) throw new UsageError('--all and --strict belong to "sync".');
    if (sub === 'list' && rest.length === 0) return { kind: 'tokens-list', ...common };
    if (sub === 'get') {
      const [id, ...extra] = rest;
      if (id === undefined || extra.length > 0)
        throw new UsageError('"tokens get" takes exactly one token id.');
      return { kind: 'tokens-get', id: checkedId(id), ...common };
    }
    throw new UsageError(
      `Unknown command "tokens ${[sub, ...rest].join(' ').trim()}". Use "tokens list" or "tokens get <id>".`,
    );
  }
  if (command === 'sync') {
    const ids = [sub, ...rest].filter((x): x is string => x !== undefined);
    if (values.all && ids.length > 0)
      throw new UsageError('Give either token ids or --all, not both.');
    if (!values.all && ids.length === 0) throw new UsageError('"sync" needs token ids or --all.');
    if (values.strict && !values.all)
      throw new UsageError('--strict only applies to "sync --all".');
    return { kind: 'sync', ids: ids.map(checkedId), all: values.all ?? false, ...common };
  }
  throw new UsageError(`Unknown command "${command}".`);
}

function commonFlags(
  values: Record<string, string | boolean | undefined>,
  allowHostValues: readonly string[],
  managed: { managedIdentity: boolean; clientId: string | undefined },
): CommonFlags {
  const cloud = parseCloud(values.cloud as string | undefined);
  const allowHosts = parseAllowHosts(allowHostValues);
  const baseUrl = values['base-url'] as string | undefined;
  if (allowHosts.length > 0 && baseUrl === undefined)
    throw new UsageError('--allow-host only applies with --base-url.');
  const allowedHost =
    baseUrl === undefined ? undefined : checkTokenHost(checkBaseUrl(baseUrl), cloud, allowHosts);
  const timeout = values.timeout as string | undefined;
  const timeoutSeconds = timeout === undefined ? 600 : Number(timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    throw new UsageError(`--timeout "${timeout}" must be a positive number of seconds.`);
  const auth: AuthFlags = parseAuthFlags(values, managed);
  if (values.fake && baseUrl)
    throw new UsageError('--fake runs the fake in-process; it takes no --base-url.');
  return {
    auth,
    cloud,
    baseUrl,
    allowedHost,
    fake: Boolean(values.fake),
    json: Boolean(values.json),
    wait: Boolean(values.wait),
    strict: Boolean(values.strict),
    timeoutMs: timeoutSeconds * 1000,
  };
}

function checkedId(id: string): string {
  try {
    assertValidVppTokenId(id);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return id;
}

function checkBaseUrl(value: string): URL {
  let url: URL;
  try {
    ({ url } = parseGraphBaseUrl(value, '--base-url'));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  // Which hosts may receive a token over plain http is the CLI's policy, not URL validity.
  if (url.protocol === 'http:' && !loopbackHosts.includes(url.hostname)) {
    throw new UsageError(
      `--base-url "${value}" uses http:// for ${url.hostname}; tokens are only sent over https (http is allowed for localhost only).`,
    );
  }
  return url;
}
