// The one place the check/renew tests touch graph-vpp-fake's API.
import { createVppFake, type VppAppSeed, type VppTokenSeed } from 'graph-vpp-fake';
import { runCli, type CliIo } from '../../src/index.js';

/** A fixed "now" for every check test: classification reads the fake's clock, never the wall clock. */
export const checkNow = Date.parse('2026-06-15T12:00:00Z');

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** An ISO time `days` (fractions allowed) from {@link checkNow}; negative is the past. */
export function daysFromNow(days: number): string {
  return new Date(checkNow + days * dayMs).toISOString();
}

/** A healthy vppToken: valid, synced an hour ago, expiring in 200 days. */
export function healthyVppToken(id: string, overrides: VppTokenSeed = {}): VppTokenSeed {
  return {
    id,
    organizationName: `Org ${id.slice(-4)}`,
    appleId: `vpp-${id.slice(-4)}@example.com`,
    state: 'valid',
    lastSyncStatus: 'completed',
    lastSyncDateTime: new Date(checkNow - hourMs).toISOString(),
    expirationDateTime: daysFromNow(200),
    token: `apple-token-${id}`,
    ...overrides,
  };
}

/** A numbered vppToken id (a GUID the CLI accepts). */
export function vppTokenId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export interface CheckFakeOptions {
  vppTokens: VppTokenSeed[];
  pageSize?: number;
  syncDurationMs?: number;
  /** Off to seed states the spec does not know. */
  strict?: boolean;
  /** iosVppApps; given, the access token may also read apps (DeviceManagementApps.Read.All). */
  vppApps?: VppAppSeed[];
}

/** A fake at {@link checkNow} seeded with these vppTokens, and a CLI runner signed in to it. */
export function checkFake(options: CheckFakeOptions) {
  const fake = createVppFake({
    vppTokens: options.vppTokens,
    vppApps: options.vppApps ?? [],
    startTime: checkNow,
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    sync: { durationMs: options.syncDurationMs ?? 60_000 },
    ...(options.strict === undefined ? {} : { strict: options.strict }),
  });
  const run = async (argv: string[]) => {
    // Minted per run: the fake clock may have moved past an earlier access token's expiry.
    const accessToken = fake.mintAccessToken(
      options.vppApps
        ? {
            scopes: [
              'DeviceManagementServiceConfig.ReadWrite.All',
              'DeviceManagementApps.Read.All',
            ],
          }
        : {},
    );
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env: { GRAPH_VPP_ACCESS_TOKEN: accessToken },
      isTTY: false,
      clock: fake.clock,
      fetch: (input, init) => fake.fetch(input, init),
    };
    const code = await runCli(argv, io);
    return { code, stdout, stderr };
  };
  return {
    run,
    clock: fake.clock,
    /** Every request the fake answered, in order. */
    requests: () => fake.requests,
    /** What the fake holds for one vppToken now. */
    storedVppToken: (id: string) => fake.getVppToken(id),
    /** The Apple side: counts a completed sync copies into Intune's view. */
    apple: fake.apple,
    failNext: (status: number, operation: string) => {
      fake.failNext({ status, operation });
    },
  };
}
