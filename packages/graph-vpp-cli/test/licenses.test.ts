import { parse as parseCsv } from 'csv-parse/sync';
import type { VppAppSeed } from 'graph-vpp-fake';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';
import { checkFake, healthyVppToken, vppTokenId } from './support/checkFake.js';

const appleToken = 'APPLE-STOKEN-DO-NOT-PRINT-licences';
const tokenA = healthyVppToken(vppTokenId(1), { token: appleToken });
const tokenB = healthyVppToken(vppTokenId(2), { token: appleToken });
const ownerOf = (vppToken: typeof tokenA) => ({
  vppTokenAppleId: vppToken.appleId ?? null,
  vppTokenOrganizationName: vppToken.organizationName ?? null,
});

/** Token A: one app nearly out (2% available), one healthy; token B: one app, half used. */
function apps(): VppAppSeed[] {
  return [
    {
      id: 'app-a1',
      displayName: 'Outlook, "mail"',
      totalLicenseCount: 100,
      usedLicenseCount: 98,
      ...ownerOf(tokenA),
    },
    {
      id: 'app-a2',
      displayName: 'Slack',
      totalLicenseCount: 10,
      usedLicenseCount: 1,
      ...ownerOf(tokenA),
    },
    {
      id: 'app-b1',
      displayName: 'Keynote',
      totalLicenseCount: 40,
      usedLicenseCount: 20,
      ...ownerOf(tokenB),
    },
  ];
}

interface JsonRow {
  vppTokenId: string;
  appId: string;
  total: number;
  used: number;
  available: number;
  availablePercent: number | null;
  below: boolean;
}
interface JsonLicenseReport {
  rows: JsonRow[];
  summary: { apps: number; below: number; failed: boolean };
}

describe('graph-vpp licenses', () => {
  it('json: per token and app total, used, available and the available share', async () => {
    const { run } = checkFake({ vppTokens: [tokenA, tokenB], vppApps: apps() });
    const result = await run(['licenses', '--format', 'json']);
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).not.toContain(appleToken);
    const report = JSON.parse(result.stdout) as JsonLicenseReport;
    expect(
      report.rows.map((r) => [
        r.vppTokenId,
        r.appId,
        r.total,
        r.used,
        r.available,
        r.availablePercent,
      ]),
    ).toEqual([
      [vppTokenId(1), 'app-a1', 100, 98, 2, 2],
      [vppTokenId(1), 'app-a2', 10, 1, 9, 90],
      [vppTokenId(2), 'app-b1', 40, 20, 20, 50],
    ]);
  });

  it('--fail-below sets the exit code; --token narrows to one token', async () => {
    const { run } = checkFake({ vppTokens: [tokenA, tokenB], vppApps: apps() });
    expect((await run(['licenses', '--fail-below', '5'])).code).toBe(exitCodes.syncFailed);
    expect((await run(['licenses', '--fail-below', '1'])).code).toBe(exitCodes.ok);
    const onlyB = await run(['licenses', '--token', vppTokenId(2), '--fail-below', '5', '--json']);
    expect(onlyB.code).toBe(exitCodes.ok);
    const report = JSON.parse(onlyB.stdout) as JsonLicenseReport;
    expect(report.rows.map((r) => r.appId)).toEqual(['app-b1']);
    expect(report.summary).toEqual({ vppTokens: 1, apps: 1, below: 0, failed: false });
  });

  it('csv parses with a real CSV parser (quotes and commas in names survive)', async () => {
    const { run } = checkFake({ vppTokens: [tokenA, tokenB], vppApps: apps() });
    const result = await run(['licenses', '--format', 'csv', '--fail-below', '5']);
    const records = parseCsv<Record<string, string>>(result.stdout, {
      columns: true,
      record_delimiter: '\r\n',
    });
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      displayName: 'Outlook, "mail"',
      total: '100',
      available: '2',
      availablePercent: '2',
      below: 'true',
    });
    expect(records[2]?.below).toBe('false');
  });

  it('table: one line per app with the available share', async () => {
    const { run } = checkFake({ vppTokens: [tokenA], vppApps: apps() });
    const result = await run(['licenses', '--fail-below', '5']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^ORGANIZATION\s+APP\s+TOTAL\s+USED\s+AVAILABLE\s+AVAILABLE %\s+NOTE$/,
    );
    expect(lines.find((l) => l.includes('Slack'))).toMatch(/10\s+1\s+9\s+90%/);
    expect(lines.find((l) => l.includes('Outlook'))).toMatch(/BELOW THRESHOLD/);
    expect(result.stdout).toContain('1 of 2 apps have less than 5% of their licences available.');
  });

  it('--sync waits for the sync, so counts Apple changed show up; without it they stay stale', async () => {
    const fake = checkFake({ vppTokens: [tokenA], vppApps: apps(), syncDurationMs: 30_000 });
    fake.apple.setLicenseCounts('app-a2', { usedLicenseCount: 10 });
    const stale = JSON.parse((await fake.run(['licenses', '--json'])).stdout) as JsonLicenseReport;
    expect(stale.rows.find((r) => r.appId === 'app-a2')?.used).toBe(1);
    const synced = await fake.run(['licenses', '--json', '--sync', '--fail-below', '5']);
    const report = JSON.parse(synced.stdout) as JsonLicenseReport;
    expect(report.rows.find((r) => r.appId === 'app-a2')).toMatchObject({ used: 10, available: 0 });
    expect(synced.code).toBe(exitCodes.syncFailed);
  });

  it('rejects bad flags with what to do', async () => {
    const { run } = checkFake({ vppTokens: [tokenA], vppApps: apps() });
    const bad = await run(['licenses', '--fail-below', '150']);
    expect(bad.code).toBe(exitCodes.usage);
    expect(bad.stderr).toMatch(/percentage from 0 to 100/);
    expect((await run(['licenses', '--format', 'prometheus'])).stderr).toMatch(/table, json, csv/);
    expect((await run(['tokens', 'list', '--fail-below', '5'])).stderr).toMatch(
      /belongs to "licenses"/,
    );
  });
});

describe('graph-vpp check --licenses-below', () => {
  it('adds a licence warning to the token whose app is below the share', async () => {
    const { run } = checkFake({ vppTokens: [tokenA, tokenB], vppApps: apps() });
    const result = await run(['check', '--json', '--licenses-below', '5']);
    const report = JSON.parse(result.stdout) as {
      vppTokens: { id: string; level: string; reasons: string[] }[];
    };
    expect(report.vppTokens[0]).toMatchObject({ id: vppTokenId(1), level: 'warning' });
    expect(report.vppTokens[0]?.reasons).toEqual([
      'Outlook, "mail": 2 of 100 licences available (2%), below 5%',
    ]);
    expect(report.vppTokens[1]).toMatchObject({ level: 'ok', reasons: [] });
    expect(result.code).toBe(exitCodes.syncFailed);
    expect((await run(['check', '--json'])).code).toBe(exitCodes.ok);
  });
});
