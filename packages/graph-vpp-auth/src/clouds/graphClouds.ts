/** The Microsoft Graph deployments that serve vppTokens (GCC "moderate" uses `global`). */
export type GraphCloud = 'global' | 'usGov' | 'usGovDoD' | 'china';

/** One Graph national cloud: its host, Graph root, sign-in authority and default scope. */
export interface GraphCloudInfo {
  /** The one host tokens for this cloud may be sent to. */
  host: string;
  /** Graph root with the version, for `createVppTokensClient({ baseUrl })`. */
  graphBaseUrl: string;
  /** The Microsoft Entra sign-in host for this cloud, e.g. `login.microsoftonline.us`. */
  loginHost: string;
  /** `https://<loginHost>`: the authority for MSAL / `@azure/identity`'s `authorityHost`. */
  loginAuthority: string;
  /**
   * `https://<host>/.default`: for a user, every delegated permission consented for the app; for
   * an app-only (client credentials) token, the only scope to request — the app roles granted to
   * the app then arrive in its `roles` claim.
   */
  defaultScope: string;
}

function cloud(host: string, loginHost: string): GraphCloudInfo {
  return {
    host,
    graphBaseUrl: `https://${host}/v1.0`,
    loginHost,
    loginAuthority: `https://${loginHost}`,
    defaultScope: `https://${host}/.default`,
  };
}

/**
 * From the Graph national-cloud deployments page (https://learn.microsoft.com/graph/deployments);
 * tested against the spec's `servers` and their `x-graph-vpp-login-host`. Tokens are not
 * interchangeable between clouds.
 */
export const graphClouds: Readonly<Record<GraphCloud, Readonly<GraphCloudInfo>>> = Object.freeze({
  global: Object.freeze(cloud('graph.microsoft.com', 'login.microsoftonline.com')),
  usGov: Object.freeze(cloud('graph.microsoft.us', 'login.microsoftonline.us')),
  usGovDoD: Object.freeze(cloud('dod-graph.microsoft.us', 'login.microsoftonline.us')),
  china: Object.freeze(cloud('microsoftgraph.chinacloudapi.cn', 'login.chinacloudapi.cn')),
});

export function isGraphCloud(value: unknown): value is GraphCloud {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(graphClouds, value);
}
