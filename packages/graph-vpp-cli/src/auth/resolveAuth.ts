import {
  createGraphAuthProvider,
  describeAccessToken,
  graphClouds,
  loopbackHosts,
  type GraphAuthProvider,
  type TokenCredentialLike,
} from 'graph-vpp-auth';
import { CliError, exitCodes } from '../exitCodes.js';
import type { CommonFlags } from '../args/parseCliArgs.js';

/** Microsoft Graph Command Line Tools: Microsoft's public client for delegated Graph sign-in. */
export const defaultPublicClientId = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

export interface ResolvedAuth {
  authProvider: GraphAuthProvider;
  baseUrl: string;
  /** Plain-language reasons the last token used cannot call this API (for a 401/403). */
  diagnose(): string[];
}

export const howToAuthenticate = `No credentials. Choose one:
  GRAPH_VPP_ACCESS_TOKEN=<token> graph-vpp …     a delegated Graph token (or --access-token <token>)
  graph-vpp --device-code --tenant <tenant-id> …  sign in with a device code (work or school account)
  graph-vpp --azure-cli …                         use the account of "az login"
  graph-vpp --fake …                              try it against the built-in fake, no tenant needed
The account needs DeviceManagementServiceConfig.ReadWrite.All (delegated).`;

/**
 * Builds the auth provider from the flags and environment. Never falls back to the fake: with no
 * credentials it stops and says how to authenticate.
 */
export async function resolveAuth(
  flags: CommonFlags,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
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

  const fixed =
    flags.auth.accessToken ??
    (flags.auth.deviceCode || flags.auth.azureCli ? undefined : env.GRAPH_VPP_ACCESS_TOKEN);
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
  if (!flags.auth.deviceCode && !flags.auth.azureCli)
    throw new CliError(howToAuthenticate, exitCodes.auth);

  const identity = await import('@azure/identity');
  // parseCliArgs refuses --device-code without --tenant; '' would only reach Entra's own error.
  const credential: TokenCredentialLike = flags.auth.deviceCode
    ? new identity.DeviceCodeCredential({
        tenantId: flags.auth.tenant ?? '',
        clientId: flags.auth.clientId ?? defaultPublicClientId,
        authorityHost: cloud.loginAuthority,
        userPromptCallback: (info) => {
          log(info.message);
        },
      })
    : new identity.AzureCliCredential(flags.auth.tenant ? { tenantId: flags.auth.tenant } : {});
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
