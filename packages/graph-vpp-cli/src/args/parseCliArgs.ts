import { parseArgs } from 'node:util';
import { assertValidVppTokenId } from 'graph-vpp-client';
import { graphClouds, loopbackHosts, type GraphCloud } from 'graph-vpp-auth';
import { UsageError } from '../exitCodes.js';

export interface AuthFlags {
  accessToken?: string | undefined;
  deviceCode: boolean;
  tenant?: string | undefined;
  clientId?: string | undefined;
  azureCli: boolean;
}

export interface CommonFlags {
  auth: AuthFlags;
  cloud: GraphCloud;
  baseUrl?: string | undefined;
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
  | {
      /** `fake serve`. */
      kind: 'fake-serve';
      /** `--port` (0: a free port). */
      port: number;
      /** The address to bind (127.0.0.1). */
      host: string;
    };

/** The `--help` text. */
export const usage = `Usage: graph-vpp [options] <command>

Commands:
  tokens list              List every VPP token (follows paging)
  tokens get <id>          Show one VPP token
  sync <id...>             Sync the licenses of these tokens
  sync --all               Sync every token whose state is valid; expired or invalid ones are
                           listed as needing renewal and not sent
  fake serve [--port N]    Run the fake Graph on 127.0.0.1 (for other tools and languages)

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
  --cloud <name>           global (default), usGov, usGovDoD or china
  --base-url <url>         Graph root, e.g. https://graph.microsoft.com/v1.0 (https; http only on loopback)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 all syncs completed, 1 a sync failed, 2 usage error, 3 authentication or permission problem,
4 service or network error.`;

const options = {
  wait: { type: 'boolean' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  all: { type: 'boolean' },
  timeout: { type: 'string' },
  fake: { type: 'boolean' },
  'access-token': { type: 'string' },
  'device-code': { type: 'boolean' },
  tenant: { type: 'string' },
  'client-id': { type: 'string' },
  'azure-cli': { type: 'boolean' },
  cloud: { type: 'string' },
  'base-url': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Parses argv (without `node` and the script); throws UsageError with what was wrong. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'),
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, sub, ...rest] = positionals;
  if (!command) throw new UsageError('No command given.');

  if (command === 'fake') {
    if (sub !== 'serve' || rest.length > 0)
      throw new UsageError(
        `Unknown command "fake ${[sub, ...rest].join(' ')}". Did you mean "fake serve"?`,
      );
    return { kind: 'fake-serve', port: parsePort(values.port), host: values.host ?? '127.0.0.1' };
  }
  if (values.port !== undefined || values.host !== undefined)
    throw new UsageError('--port and --host belong to "fake serve".');

  const common = commonFlags(values);
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

function commonFlags(values: Record<string, string | boolean | undefined>): CommonFlags {
  const cloud = (values.cloud as string | undefined) ?? 'global';
  if (!(cloud in graphClouds))
    throw new UsageError(
      `Unknown --cloud "${cloud}". Use one of: ${Object.keys(graphClouds).join(', ')}.`,
    );
  const baseUrl = values['base-url'] as string | undefined;
  if (baseUrl !== undefined) checkBaseUrl(baseUrl);
  const timeout = values.timeout as string | undefined;
  const timeoutSeconds = timeout === undefined ? 600 : Number(timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    throw new UsageError(`--timeout "${timeout}" must be a positive number of seconds.`);
  const auth: AuthFlags = {
    accessToken: values['access-token'] as string | undefined,
    deviceCode: Boolean(values['device-code']),
    tenant: values.tenant as string | undefined,
    clientId: values['client-id'] as string | undefined,
    azureCli: Boolean(values['azure-cli']),
  };
  const chosen = [
    auth.accessToken !== undefined,
    auth.deviceCode,
    auth.azureCli,
    Boolean(values.fake),
  ].filter(Boolean).length;
  if (chosen > 1)
    throw new UsageError(
      'Choose one way to authenticate: --access-token, --device-code, --azure-cli or --fake.',
    );
  if (auth.deviceCode && !auth.tenant) {
    throw new UsageError(
      '--device-code needs --tenant <tenant id or domain>: this API takes work or school accounts only, never "common".',
    );
  }
  if (auth.tenant && ['common', 'consumers'].includes(auth.tenant.toLowerCase())) {
    throw new UsageError(
      `--tenant ${auth.tenant} would admit personal Microsoft accounts; use your tenant id or "organizations".`,
    );
  }
  if ((auth.tenant || auth.clientId) && !auth.deviceCode && !auth.azureCli)
    throw new UsageError('--tenant and --client-id go with --device-code or --azure-cli.');
  if (values.fake && baseUrl)
    throw new UsageError('--fake runs the fake in-process; it takes no --base-url.');
  return {
    auth,
    cloud: cloud as GraphCloud,
    baseUrl,
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

function checkBaseUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--base-url "${value}" is not a URL. Example: https://graph.microsoft.com/v1.0`,
    );
  }
  if (url.protocol === 'http:' && !loopbackHosts.includes(url.hostname)) {
    throw new UsageError(
      `--base-url "${value}" uses http:// for ${url.hostname}; tokens are only sent over https (http is allowed for localhost only).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--base-url "${value}" must be an https:// URL.`);
  if (url.username || url.password || url.search || url.hash)
    throw new UsageError(
      `--base-url "${value}" must not contain user info, a query or a fragment.`,
    );
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 4010;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port "${value}" must be a whole number from 0 to 65535.`);
  return port;
}
