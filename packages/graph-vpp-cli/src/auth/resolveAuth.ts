import {
  createGraphAuthProvider,
  describeAccessToken,
  graphClouds,
  loopbackHosts,
  type GraphAuthProvider,
  type TokenCredentialLike,
} from 'graph-vpp-auth';
import type * as AzureIdentity from '@azure/identity';
import { CliError, exitCodes } from '../exitCodes.js';
import type { CommonFlags } from '../args/parseCliArgs.js';
import { appCredential, appSignInFromEnv } from './appCredentials.js';

/** Microsoft Graph Command Line Tools: Microsoft's public client for delegated Graph sign-in. */
export const defaultPublicClientId = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

export interface ResolvedAuth {
  authProvider: GraphAuthProvider;
  baseUrl: string;
  /** Plain-language reasons the last token used cannot call this API (for a 401/403). */
  diagnose: () => string[];
}

export const howToAuthenticate = `No credentials. Choose one:
  GRAPH_VPP_ACCESS_TOKEN=<token> graph-vpp …     a Graph access token (or --access-token <token>)
  graph-vpp --device-code --tenant <tenant-id> …  sign in with a device code (work or school account)
  graph-vpp --azure-cli …                         use the account of "az login"
Unattended (cron, CI, Azure-hosted runners):
  graph-vpp --client-credentials …                an app registration: AZURE_TENANT_ID, AZURE_CLIENT_ID and
                                                  AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or
                                                  AZURE_FEDERATED_TOKEN_FILE
  graph-vpp --managed-identity [client-id] …      the Azure host's managed identity
Or try it:
  graph-vpp --fake …                              the built-in fake, no tenant needed
A user needs DeviceManagementServiceConfig.ReadWrite.All (delegated); an app or managed identity
needs it as an application permission, with admin consent.`;

/** Options passed to every @azure/identity credential graph-vpp creates (e.g. the HTTP client reaching the fake). */
export type CredentialOptions = NonNullable<
  ConstructorParameters<typeof AzureIdentity.ClientSecretCredential>[3]
>;

/**
 * Builds the auth provider from the flags and environment. Never falls back to the fake: with no
 * credentials it stops and says how to authenticate.
 */
export async function resolveAuth(
  flags: CommonFlags,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
  credentialOptions: CredentialOptions = {},
): Promise<ResolvedAuth> {
  const cloud = graphClouds[flags.cloud];
  const baseUrl = (flags.baseUrl ?? cloud.graphBaseUrl).replace(/\/+$/, '');
  const host = new URL(baseUrl).hostname;
  const hostOptions = {
    cloud: flags.cloud,
    scopes: [cloud.defaultScope],
    allowLocalhost: loopbackHosts.includes(host),
    // parseCliArgs allowed another host only when --allow-host named it exactly.
    allowedHosts: flags.allowedHost === undefined ? [] : [flags.allowedHost],
  };
  let lastToken: string | undefined;
  const remember = (token: string) => (lastToken = token);
  const diagnose = () => (lastToken ? describeAccessToken(lastToken).problems : []);

  const { auth } = flags;
  const signsIn =
    auth.deviceCode || auth.azureCli || auth.clientCredentials || auth.managedIdentity;
  const fixed = auth.accessToken ?? (signsIn ? undefined : env.GRAPH_VPP_ACCESS_TOKEN);
  if (fixed !== undefined) {
    if (fixed.trim() === '')
      throw new CliError('The access token is empty. ' + howToAuthenticate, exitCodes.auth);
    remember(fixed);
    return {
      authProvider: createGraphAuthProvider({ accessToken: fixed }, hostOptions),
      baseUrl,
      diagnose,
    };
  }
  if (!signsIn) throw new CliError(howToAuthenticate, exitCodes.auth);
  // Checked before loading @azure/identity: a missing variable needs no library to explain.
  const app = auth.clientCredentials ? appSignInFromEnv(env) : undefined;

  // Loaded only here, for a sign-in: --help, --fake and fixed tokens never pay for it.
  const identity = await import('@azure/identity');
  const options: CredentialOptions = { ...credentialOptions, authorityHost: cloud.loginAuthority };
  let credential: TokenCredentialLike;
  if (app) credential = appCredential(identity, app, options);
  else if (auth.managedIdentity)
    // The instance metadata endpoint is the same in every cloud: no authority host applies.
    credential = new identity.ManagedIdentityCredential({
      ...credentialOptions,
      ...(auth.managedIdentityClientId === undefined
        ? {}
        : { clientId: auth.managedIdentityClientId }),
    });
  else if (auth.deviceCode)
    credential = new identity.DeviceCodeCredential({
      ...options,
      // parseCliArgs refuses --device-code without --tenant; '' would only reach Entra's own error.
      tenantId: auth.tenant ?? '',
      clientId: auth.clientId ?? defaultPublicClientId,
      userPromptCallback: (info) => {
        log(info.message);
      },
    });
  else credential = new identity.AzureCliCredential(auth.tenant ? { tenantId: auth.tenant } : {});
  // Keep the last token in memory only, to explain a 403; it is never printed.
  const authProvider = createGraphAuthProvider(
    {
      getAccessToken: async ({ scopes, claims, signal }) => {
        const result = await credential.getToken([...scopes], {
          enableCae: true,
          ...(claims ? { claims } : {}),
          ...(signal ? { abortSignal: signal } : {}),
        });
        if (result) remember(result.token);
        return result;
      },
    },
    hostOptions,
  );
  return { authProvider, baseUrl, diagnose };
}
