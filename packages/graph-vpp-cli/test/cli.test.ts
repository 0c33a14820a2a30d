import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';
import { harness, validTokens } from './support/cliHarness.js';

describe('graph-vpp against the fake', () => {
  it('lists tokens as a table and as JSON, without the Apple token string', async () => {
    const { fake, run } = harness();
    const token = fake.mintAccessToken();
    const table = await run(['tokens', 'list'], { GRAPH_VPP_ACCESS_TOKEN: token });
    expect(table.code).toBe(exitCodes.ok);
    expect(table.stdout.split('\n')[0]).toMatch(
      /^TOKEN\s+ORGANISATION\s+STATE\s+LAST SYNC STATUS\s+LAST SYNC \(UTC\)$/,
    );
    const json = await run(['tokens', 'list', '--json'], { GRAPH_VPP_ACCESS_TOKEN: token });
    const listed = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(listed.length).toBeGreaterThan(1);
    expect(Object.keys(listed[0]!).sort()).toEqual(
      [
        'appleId',
        'automaticallyUpdateApps',
        'countryOrRegion',
        'expirationDateTime',
        'id',
        'lastModifiedDateTime',
        'lastSyncDateTime',
        'lastSyncStatus',
        'organizationName',
        'state',
        'vppTokenAccountType',
      ].sort(),
    );
    expect(json.stdout).not.toContain('"token"');
  });

  it('syncs --all --wait: valid tokens complete, expired/invalid are listed as needing renewal, exit 0', async () => {
    const { fake, run } = harness({ sync: { durationMs: 5_000 } });
    const result = await run([
      'sync',
      '--all',
      '--wait',
      '--json',
      '--access-token',
      fake.mintAccessToken(),
    ]);
    expect(result.code).toBe(exitCodes.ok);
    const report = JSON.parse(result.stdout) as {
      tokens: { outcome: string; state: string; lastSyncStatus: string }[];
      summary: { attempted: number; completed: number; needsRenewal: number };
    };
    expect(report.summary.attempted).toBeGreaterThan(0);
    expect(report.summary.completed).toBe(report.summary.attempted);
    expect(report.summary.needsRenewal).toBeGreaterThan(0);
    const byOutcome = (outcome: string) => report.tokens.filter((r) => r.outcome === outcome);
    expect(new Set(byOutcome('completed').map((r) => r.lastSyncStatus))).toEqual(
      new Set(['completed']),
    );
    expect(new Set(byOutcome('needs-renewal').map((r) => r.state))).toEqual(
      new Set(['expired', 'invalid']),
    );
    const posts = fake.requests.filter((r) => r.operationId === 'vppTokens.syncLicenses');
    expect(posts).toHaveLength(report.summary.attempted);
  });

  it('with --strict, tokens needing renewal make the run fail', async () => {
    const { fake, run } = harness();
    expect(
      (await run(['sync', '--all', '--strict', '--access-token', fake.mintAccessToken()])).code,
    ).toBe(exitCodes.syncFailed);
  });

  it('exits 1 when a named sync fails (an expired token)', async () => {
    const { fake, run } = harness({
      vppTokens: [{ id: 'expired-1', state: 'expired', organizationName: 'Old Org' }],
    });
    const result = await run([
      'sync',
      'expired-1',
      '--wait',
      '--access-token',
      fake.mintAccessToken(),
    ]);
    expect(result.code).toBe(exitCodes.syncFailed);
    expect(result.stdout).toMatch(/expired-1\s+Old Org\s+expired\s+failed/);
  });

  it('exits 3 with how to authenticate when there are no credentials, never falling back to the fake', async () => {
    const { fake, run } = harness();
    const result = await run(['sync', '--all']);
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toContain('No credentials. Choose one:');
    expect(result.stderr).toContain('--device-code --tenant');
    expect(fake.requests).toHaveLength(0);
  });

  it('explains a 403 for an app-only token whose role is too weak, without printing the token', async () => {
    const { fake, run } = harness();
    const token = fake.mintAccessToken({
      appOnly: true,
      scopes: ['DeviceManagementApps.Read.All'],
    });
    const result = await run(['sync', '--all'], { GRAPH_VPP_ACCESS_TOKEN: token });
    expect(result.code).toBe(exitCodes.auth);
    expect(result.stderr).toContain(
      "the token's app roles (DeviceManagementApps.Read.All) include none this operation accepts",
    );
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('exits 3 for an expired token and 4 for an unknown id', async () => {
    const { fake, run } = harness();
    expect(
      (
        await run([
          'tokens',
          'list',
          '--access-token',
          fake.mintAccessToken({ expiresInSeconds: -60 }),
        ])
      ).code,
    ).toBe(exitCodes.auth);
    const missing = await run([
      'tokens',
      'get',
      'no-such-token',
      '--access-token',
      fake.mintAccessToken(),
    ]);
    expect(missing.code).toBe(exitCodes.service);
    expect(missing.stderr).toContain('404');
  });

  it('exits 2 with the usage text for bad input, sending nothing', async () => {
    const { fake, run } = harness();
    for (const argv of [
      ['sync', '..'],
      ['tokens', 'list', '--bogus'],
      ['--base-url', 'http://graph.example/v1.0', 'tokens', 'list'],
      ['nope'],
    ]) {
      const result = await run(argv, { GRAPH_VPP_ACCESS_TOKEN: fake.mintAccessToken() });
      expect(result.code).toBe(exitCodes.usage);
      expect(result.stderr).toContain('Usage: graph-vpp');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('shows progress only on a terminal and not with --json', async () => {
    const { fake, run } = harness();
    const token = fake.mintAccessToken();
    expect((await run(['sync', '--all', '--access-token', token], {}, true)).stderr).toContain(
      'Sent ',
    );
    expect((await run(['sync', '--all', '--access-token', token], {}, false)).stderr).toBe('');
    expect((await run(['sync', '--all', '--json', '--access-token', token], {}, true)).stderr).toBe(
      '',
    );
  });
});

describe('bulk sync inside Intune’s write budget', () => {
  it('syncs 250 tokens with throttling on: zero 429s, no longer than the budget allows', async () => {
    const { fake, run } = harness({ vppTokens: validTokens(250), throttling: true });
    const token = fake.mintAccessToken();
    const start = fake.clock.now();
    const result = await run(['sync', '--all', '--json', '--access-token', token]);
    const elapsed = fake.clock.now() - start;
    expect(result.code).toBe(exitCodes.ok);
    expect((JSON.parse(result.stdout) as { summary: unknown }).summary).toMatchObject({
      attempted: 250,
      accepted: 250,
      failed: 0,
    });
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(0);
    // 100 writes per 20 s: batches at 0 s, 20 s and 40 s; ideal 40 s, plus our 250 ms safety margin per window.
    expect(elapsed).toBeGreaterThanOrEqual(40_000);
    expect(elapsed).toBeLessThanOrEqual(40_500);
  });
});
