import { describe, expect, it } from 'vitest';
import { spec } from './bundledSpec.js';
import { graphCloudHosts, readGraphClouds } from './graphClouds.js';

describe('graph clouds from the spec servers', () => {
  it('are the hosts of the bundled spec servers', () => {
    expect(graphCloudHosts).toEqual(spec.servers.map((server) => new URL(server.url).hostname));
    expect(graphCloudHosts).toContain('graph.microsoft.com');
  });

  it('pick up x-graph-vpp-login-host when the spec records it', () => {
    const clouds = readGraphClouds({
      ...spec,
      servers: [
        {
          url: 'https://graph.microsoft.us/v1.0',
          description: 'US Government L4 (GCC High)',
          'x-graph-vpp-login-host': 'login.microsoftonline.us',
        },
        { url: 'https://graph.microsoft.com/V1.0' },
      ],
    });
    expect(clouds).toEqual([
      {
        graphHost: 'graph.microsoft.us',
        apiVersion: 'v1.0',
        description: 'US Government L4 (GCC High)',
        loginHost: 'login.microsoftonline.us',
      },
      {
        graphHost: 'graph.microsoft.com',
        apiVersion: 'v1.0',
        description: 'graph.microsoft.com',
        loginHost: undefined,
      },
    ]);
  });

  it('refuse a server that is not https or has no version', () => {
    expect(() =>
      readGraphClouds({ ...spec, servers: [{ url: 'http://graph.example/v1.0' }] }),
    ).toThrow(/must be https/);
    expect(() => readGraphClouds({ ...spec, servers: [{ url: 'https://graph.example' }] })).toThrow(
      /API version/,
    );
  });
});
