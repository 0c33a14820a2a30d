import { graphClouds, loginHosts as specLoginHosts } from '../../spec/graphClouds.js';

/**
 * Sign-in hosts MSAL uses that the spec does not list: MSAL 5 (msal-common's instance discovery
 * metadata) sends China's requests to `login.partner.microsoftonline.cn`, an alias of the spec's
 * `login.chinacloudapi.cn`.
 */
const loginHostAliases: Readonly<Record<string, string>> = {
  'login.partner.microsoftonline.cn': 'login.chinacloudapi.cn',
};

/** The Graph roots whose `/.default` scope a sign-in host issues tokens for (from the spec's servers). */
export function graphRootsForLoginHost(hostname: string): string[] {
  const host = loginHostAliases[hostname] ?? hostname;
  return graphClouds
    .filter((cloud) => cloud.loginHost === host)
    .map((cloud) => `https://${cloud.graphHost}`);
}

/** Every sign-in host the fake answers: the spec's, and the aliases above. */
const loginHosts: ReadonlySet<string> = new Set([
  ...specLoginHosts,
  ...Object.keys(loginHostAliases),
]);

/**
 * Whether the URL is an https sign-in host of a cloud in the spec (or a known alias). Asked for
 * every request the fake handles, so it is a set lookup.
 */
export function isLoginUrl(url: URL): boolean {
  return url.protocol === 'https:' && loginHosts.has(url.hostname);
}
