import type { FetchLike } from 'graph-vpp-client';

/** How long a demo sync takes on the embedded fake: long enough to watch, short enough to wait for. */
export const demoSyncDurationMs = 3_000;

export interface EmbeddedFake {
  banner: string;
  fetch: FetchLike;
  accessToken: string;
}

/**
 * `--fake`: graph-vpp-fake in this process with its demo tokens (one of them expired), its clock
 * following real time so a sync visibly takes a few seconds.
 */
export async function startEmbeddedFake(): Promise<EmbeddedFake> {
  const { createVppFakeCore } = await import('graph-vpp-fake/core');
  const fake = createVppFakeCore({ sync: { durationMs: demoSyncDurationMs }, realTime: true });
  return {
    banner:
      '*** FAKE MODE: talking to graph-vpp-fake inside this process, with demo data. Nothing reaches Microsoft Graph. ***\n\n',
    fetch: (input, init) => fake.fetch(input, init),
    // The demo admin may read apps too (iosVppApps need DeviceManagementApps.Read.All).
    accessToken: fake.mintAccessToken({
      scopes: ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.Read.All'],
    }),
  };
}
