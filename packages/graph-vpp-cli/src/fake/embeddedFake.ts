/** How long a demo sync takes on the embedded fake: long enough to watch, short enough to wait for. */
export const demoSyncDurationMs = 3_000;

export interface EmbeddedFake {
  banner: string;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  accessToken: string;
}

/**
 * `--fake`: graph-vpp-fake in this process with its demo tokens (one of them expired), its clock
 * following real time so a sync visibly takes a few seconds.
 */
export async function startEmbeddedFake(): Promise<EmbeddedFake> {
  const { createVppFakeCore } = await import('graph-vpp-fake/core');
  const fake = createVppFakeCore({ sync: { durationMs: demoSyncDurationMs } });
  const followRealTime = () => {
    fake.clock.setTime(Math.max(fake.clock.now(), Date.now()));
  };
  return {
    banner:
      '*** FAKE MODE: talking to graph-vpp-fake inside this process, with demo data. Nothing reaches Microsoft Graph. ***\n\n',
    fetch: (input, init) => {
      followRealTime();
      return fake.fetch(input, init);
    },
    accessToken: fake.mintToken(),
  };
}
