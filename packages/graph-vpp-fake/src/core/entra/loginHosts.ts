import { graphClouds } from '../../spec/graphClouds.js';

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

/** Whether the URL is an https sign-in host of a cloud in the spec (or a known alias). */
export function isLoginUrl(url: URL): boolean {
  return url.protocol === 'https:' && graphRootsForLoginHost(url.hostname).length > 0;
}
