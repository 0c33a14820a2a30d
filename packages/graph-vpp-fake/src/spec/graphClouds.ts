import type { OpenApiDocument } from './openApiDocument.js';
import { spec } from './bundledSpec.js';

/** One national cloud, as the spec's `servers` records it. */
export interface GraphCloud {
  /** e.g. `graph.microsoft.us`. */
  readonly graphHost: string;
  /** The API version path segment, lower case, e.g. `v1.0`. */
  readonly apiVersion: string;
  /** The server's description, e.g. `US Government L4 (GCC High)`. */
  readonly description: string;
  /** The sign-in host (`x-graph-vpp-login-host`), when the spec records it. */
  readonly loginHost?: string | undefined;
}

/** The clouds in the spec's `servers` (https URLs only; anything else is a spec mistake). */
export function readGraphClouds(doc: OpenApiDocument = spec): GraphCloud[] {
  return doc.servers.map((server) => {
    const url = new URL(server.url);
    if (url.protocol !== 'https:') {
      throw new Error(`spec: servers[].url must be https, got ${server.url}`);
    }
    const version = url.pathname.split('/').find((segment) => segment !== '');
    if (version === undefined) {
      throw new Error(`spec: servers[].url needs an API version path, got ${server.url}`);
    }
    const loginHost = server['x-graph-vpp-login-host'];
    return {
      graphHost: url.hostname,
      apiVersion: version.toLowerCase(),
      description: server.description ?? url.hostname,
      loginHost: typeof loginHost === 'string' ? loginHost : undefined,
    };
  });
}

/** The clouds of the bundled spec. */
export const graphClouds: readonly GraphCloud[] = readGraphClouds();

/** The Graph hosts the fake answers on (global, US Gov L4, US Gov L5, China, per the spec). */
export const graphCloudHosts: readonly string[] = graphClouds.map((cloud) => cloud.graphHost);

/** The sign-in hosts the spec records (empty until it records them). */
export const loginHosts: readonly string[] = [
  ...new Set(graphClouds.flatMap((cloud) => (cloud.loginHost ? [cloud.loginHost] : []))),
];
