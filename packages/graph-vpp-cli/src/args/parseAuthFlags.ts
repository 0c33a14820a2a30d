import { UsageError } from '../exitCodes.js';

/** How graph-vpp signs in, as given on the command line (the environment is read later). */
export interface AuthFlags {
  accessToken?: string | undefined;
  deviceCode: boolean;
  tenant?: string | undefined;
  clientId?: string | undefined;
  azureCli: boolean;
  /** `--client-credentials`: an app registration from AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret, certificate or federated token. */
  clientCredentials: boolean;
  /** `--managed-identity [client-id]`: the Azure host's identity (system-assigned unless a client id is given). */
  managedIdentity: boolean;
  /** The user-assigned managed identity's client id, when `--managed-identity` named one. */
  managedIdentityClientId?: string | undefined;
}

/** The `parseArgs` options that choose a sign-in (spread into the CLI's option table). */
export const authOptions = {
  'access-token': { type: 'string' },
  'device-code': { type: 'boolean' },
  tenant: { type: 'string' },
  'client-id': { type: 'string' },
  'azure-cli': { type: 'boolean' },
  'client-credentials': { type: 'boolean' },
} as const;

const managedIdentityFlag = '--managed-identity';
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** First words of the commands: what may follow a bare `--managed-identity`. */
const commandWords = new Set(['tokens', 'sync', 'check', 'licenses', 'renew', 'fake']);

/**
 * Takes `--managed-identity [client-id]` out of argv. Node's parseArgs has no optional option
 * value, so the flag is read here: a GUID right after it is the client id, anything else is left
 * for parseArgs (a command word, another flag).
 */
export function extractManagedIdentity(argv: readonly string[]): {
  rest: string[];
  managedIdentity: boolean;
  clientId: string | undefined;
} {
  const rest: string[] = [];
  let managedIdentity = false;
  let clientId: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const inline = arg.startsWith(`${managedIdentityFlag}=`)
      ? arg.slice(managedIdentityFlag.length + 1)
      : undefined;
    if (arg !== managedIdentityFlag && inline === undefined) {
      rest.push(arg);
      continue;
    }
    if (managedIdentity) throw new UsageError(`${managedIdentityFlag} is given twice.`);
    managedIdentity = true;
    const next = inline ?? argv[i + 1];
    if (next === undefined || (inline === undefined && next.startsWith('-'))) continue;
    if (guid.test(next)) {
      clientId = next;
      if (inline === undefined) i++;
    } else if (inline !== undefined || !commandWords.has(next)) {
      throw new UsageError(
        `${managedIdentityFlag} "${next}": a user-assigned identity is named by its client id, a GUID such as 00000000-0000-0000-0000-000000000000 (Azure portal › Managed Identities › the identity › Client ID). Leave it out for the system-assigned identity.`,
      );
    }
  }
  return { rest, managedIdentity, clientId };
}

type Values = Record<string, string | boolean | undefined>;

/** Reads and checks the sign-in flags: at most one way to sign in, and its companions only with it. */
export function parseAuthFlags(
  values: Values,
  managed: { managedIdentity: boolean; clientId: string | undefined },
): AuthFlags {
  const auth: AuthFlags = {
    accessToken: values['access-token'] as string | undefined,
    deviceCode: Boolean(values['device-code']),
    tenant: values.tenant as string | undefined,
    clientId: values['client-id'] as string | undefined,
    azureCli: Boolean(values['azure-cli']),
    clientCredentials: Boolean(values['client-credentials']),
    managedIdentity: managed.managedIdentity,
    managedIdentityClientId: managed.clientId,
  };
  const fake = Boolean(values.fake);
  const chosen = [
    auth.accessToken !== undefined,
    auth.deviceCode,
    auth.azureCli,
    auth.clientCredentials,
    auth.managedIdentity,
    fake,
  ].filter(Boolean).length;
  // --fake --client-credentials is the one pair: an app sign-in against the fake's own Entra.
  const fakeAppSignIn = fake && auth.clientCredentials && chosen === 2;
  if (chosen > 1 && !fakeAppSignIn)
    throw new UsageError(
      'Choose one way to authenticate: --access-token, --device-code, --azure-cli, --client-credentials, --managed-identity or --fake (only --fake --client-credentials go together).',
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
  if ((auth.tenant || auth.clientId) && auth.clientCredentials)
    throw new UsageError(
      '--client-credentials reads the app from the environment: set AZURE_TENANT_ID and AZURE_CLIENT_ID instead of --tenant and --client-id.',
    );
  if ((auth.tenant || auth.clientId) && auth.managedIdentity)
    throw new UsageError(
      '--managed-identity takes the identity\'s client id as its own value ("--managed-identity <client-id>"), not --tenant or --client-id.',
    );
  if ((auth.tenant || auth.clientId) && !auth.deviceCode && !auth.azureCli)
    throw new UsageError('--tenant and --client-id go with --device-code or --azure-cli.');
  return auth;
}
