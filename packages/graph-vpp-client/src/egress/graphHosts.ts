/**
 * Microsoft Graph's host in each national cloud (global, US Gov L4, US Gov L5 DoD, China), as
 * graph-vpp-auth's `graphClouds` lists them; a test in graph-vpp-auth keeps the two in step.
 */
export const nationalGraphHosts: readonly string[] = Object.freeze([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);

/** Hostnames (as `URL.hostname` spells them) that are this machine. */
export const loopbackHostnames: readonly string[] = Object.freeze([
  'localhost',
  '127.0.0.1',
  '[::1]',
]);
