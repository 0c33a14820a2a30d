// The spec is the one description of the API; graph-vpp-auth's clouds table must say the same
// about Graph hosts, sign-in hosts and `.default` scopes, in both directions.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { graphClouds } from '../src/index.js';

interface SpecSecurityScheme {
  flows: Record<
    string,
    { authorizationUrl?: string; tokenUrl?: string; scopes?: Record<string, string> }
  >;
}

interface SpecServer {
  url: string;
  'x-graph-vpp-cloud'?: string;
  'x-graph-vpp-login-host'?: string;
}

const spec = parse(
  readFileSync(new URL('../../../spec/vpp-tokens.openapi.yaml', import.meta.url), 'utf8'),
) as { servers: SpecServer[]; components: { securitySchemes: Record<string, SpecSecurityScheme> } };

/** What a server entry says about its cloud, in graphClouds' terms. */
function fromServer(server: SpecServer) {
  const url = new URL(server.url);
  return {
    cloud: server['x-graph-vpp-cloud'],
    host: url.hostname,
    graphBaseUrl: server.url,
    loginHost: server['x-graph-vpp-login-host'],
    loginAuthority: `https://${server['x-graph-vpp-login-host']}`,
    defaultScope: `https://${url.hostname}/.default`,
  };
}

describe('graphClouds agrees with the spec', () => {
  const fromSpec = spec.servers.map(fromServer);

  it('every spec server is a cloud in graphClouds, with the same hosts and scope', () => {
    for (const { cloud, ...server } of fromSpec) {
      expect(cloud, `${server.graphBaseUrl} names its cloud`).toBeTypeOf('string');
      expect(graphClouds[cloud as keyof typeof graphClouds], String(cloud)).toEqual(server);
    }
  });

  it('every cloud in graphClouds is a spec server', () => {
    expect(Object.keys(graphClouds).sort()).toEqual(fromSpec.map((s) => s.cloud).sort());
    for (const [cloud, info] of Object.entries(graphClouds)) {
      expect(fromSpec.find((s) => s.cloud === cloud)).toEqual({ cloud, ...info });
    }
  });

  it('records the sign-in host of each national cloud', () => {
    expect(Object.fromEntries(fromSpec.map((s) => [s.cloud, s.loginHost]))).toEqual({
      global: 'login.microsoftonline.com',
      usGov: 'login.microsoftonline.us',
      usGovDoD: 'login.microsoftonline.us',
      china: 'login.chinacloudapi.cn',
    });
  });

  it("the security schemes' URLs are the global cloud's sign-in host", () => {
    const global = graphClouds.global;
    const flows = Object.values(spec.components.securitySchemes).flatMap((scheme) =>
      Object.values(scheme.flows),
    );
    const urls = flows.flatMap((flow) =>
      [flow.authorizationUrl, flow.tokenUrl].filter((u) => typeof u === 'string'),
    );
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(new URL(url).hostname).toBe(global.loginHost);
    const appScopes = Object.keys(
      spec.components.securitySchemes.azureAdApplication?.flows.clientCredentials?.scopes ?? {},
    );
    expect(appScopes).toContain(global.defaultScope);
  });
});
