/** The Microsoft Graph deployments that serve vppTokens (GCC "moderate" uses `global`). */
export type GraphCloud = 'global' | 'usGov' | 'usGovDoD' | 'china';

/** One Graph national cloud: its host, Graph root, sign-in authority and default scope. */
export interface GraphCloudInfo {
  /** The one host tokens for this cloud may be sent to. */
  host: string;
  /** Graph root with the version, for `createVppTokensClient({ baseUrl })`. */
  graphBaseUrl: string;
  /** Microsoft Entra authority host for this cloud (for MSAL / `@azure/identity`'s `authorityHost`). */
  loginAuthority: string;
  /** `https://<host>/.default`: every delegated permission the app was consented for. */
  defaultScope: string;
}

function cloud(host: string, loginAuthority: string): GraphCloudInfo {
  return {
    host,
    graphBaseUrl: `https://${host}/v1.0`,
    loginAuthority,
    defaultScope: `https://${host}/.default`,
  };
}

/** From the Graph national-cloud deployments page. Tokens are not interchangeable between clouds. */
export const graphClouds: Readonly<Record<GraphCloud, Readonly<GraphCloudInfo>>> = Object.freeze({
  global: Object.freeze(cloud('graph.microsoft.com', 'https://login.microsoftonline.com')),
  usGov: Object.freeze(cloud('graph.microsoft.us', 'https://login.microsoftonline.us')),
  usGovDoD: Object.freeze(cloud('dod-graph.microsoft.us', 'https://login.microsoftonline.us')),
  china: Object.freeze(cloud('microsoftgraph.chinacloudapi.cn', 'https://login.chinacloudapi.cn')),
});

export function isGraphCloud(value: unknown): value is GraphCloud {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(graphClouds, value);
}
