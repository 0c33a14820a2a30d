import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';
import { checkFake, daysFromNow, healthyVppToken, vppTokenId } from './support/checkFake.js';

interface JsonReport {
  vppTokens: { id: string; level: string; reasons: string[]; lastSyncStatus: string }[];
  summary: { total: number; worst: string; failed: boolean };
}

const warningToken = () => healthyVppToken(vppTokenId(2), { expirationDateTime: daysFromNow(25) });
const criticalToken = () => healthyVppToken(vppTokenId(3), { state: 'invalid' });

describe('graph-vpp check', () => {
  it('over 500 tokens: one paged list sequence and no per-token request', async () => {
    const vppTokens = Array.from({ length: 500 }, (_, i) => healthyVppToken(vppTokenId(i)));
    const fake = checkFake({ vppTokens, pageSize: 100 });
    const result = await fake.run(['check', '--format', 'json']);
    expect(result.code).toBe(exitCodes.ok);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.summary.total).toBe(500);
    const requests = fake.requests();
    expect(requests.map((r) => r.operationId)).toEqual(Array(5).fill('vppTokens.list'));
    expect(requests.filter((r) => r.query.$skiptoken !== undefined)).toHaveLength(4);
  });

  it('exit code follows --fail-on: warning (default), critical, never', async () => {
    const warningOnly = [healthyVppToken(vppTokenId(1)), warningToken()];
    expect((await checkFake({ vppTokens: warningOnly }).run(['check'])).code).toBe(
      exitCodes.syncFailed,
    );
    expect(
      (await checkFake({ vppTokens: warningOnly }).run(['check', '--fail-on', 'critical'])).code,
    ).toBe(exitCodes.ok);
    const withCritical = [...warningOnly, criticalToken()];
    expect(
      (await checkFake({ vppTokens: withCritical }).run(['check', '--fail-on', 'critical'])).code,
    ).toBe(exitCodes.syncFailed);
    expect(
      (await checkFake({ vppTokens: withCritical }).run(['check', '--fail-on', 'never'])).code,
    ).toBe(exitCodes.ok);
    expect(
      (await checkFake({ vppTokens: [healthyVppToken(vppTokenId(1))] }).run(['check'])).code,
    ).toBe(exitCodes.ok);
  });

  it('thresholds come from the flags and classify against the fake clock', async () => {
    const fake = checkFake({ vppTokens: [warningToken()] });
    const strict = JSON.parse(
      (await fake.run(['check', '--json', '--critical-days', '30', '--warn-days', '60'])).stdout,
    ) as JsonReport;
    expect(strict.vppTokens[0]).toMatchObject({ level: 'critical' });
    fake.clock.advance(3 * 60 * 60 * 1000);
    const stale = JSON.parse(
      (await fake.run(['check', '--json', '--stale-hours', '2', '--warn-days', '7'])).stdout,
    ) as JsonReport;
    expect(stale.vppTokens[0]?.reasons).toEqual([
      'last successful sync 4 hours ago, older than 2 hours',
    ]);
  });

  it('--sync syncs every valid token (not the invalid one) and waits before classifying', async () => {
    const stale = healthyVppToken(vppTokenId(1), { lastSyncDateTime: daysFromNow(-5) });
    const fake = checkFake({ vppTokens: [stale, criticalToken()] });
    const result = await fake.run(['check', '--sync', '--json', '--fail-on', 'critical']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.vppTokens[0]).toMatchObject({ level: 'ok', lastSyncStatus: 'completed' });
    expect(report.vppTokens[1]?.level).toBe('critical');
    const posts = fake.requests().filter((r) => r.operationId === 'vppTokens.syncLicenses');
    expect(posts.map((r) => r.path)).toEqual([expect.stringContaining(vppTokenId(1))]);
    expect(result.code).toBe(exitCodes.syncFailed);
  });

  it('--output writes the whole file atomically, replacing the old one, leaving no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-vpp-check-'));
    const file = join(dir, 'vpp.prom');
    await writeFile(file, 'old\n');
    const fake = checkFake({ vppTokens: [healthyVppToken(vppTokenId(1))] });
    const result = await fake.run(['check', '--format', 'prometheus', '--output', file]);
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toBe('');
    expect(await readFile(file, 'utf8')).toMatch(
      /^# HELP graph_vpp_token_expiry_timestamp_seconds/,
    );
    expect(await readdir(dir)).toEqual(['vpp.prom']);
  });

  it('a failed run leaves the old --output file untouched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-vpp-check-'));
    const file = join(dir, 'vpp.prom');
    await writeFile(file, 'old\n');
    const fake = checkFake({ vppTokens: [healthyVppToken(vppTokenId(1))] });
    fake.failNext(400, 'vppTokens.list');
    const result = await fake.run(['check', '--format', 'prometheus', '--output', file]);
    expect(result.code).toBe(exitCodes.service);
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['vpp.prom']);
  });

  it('a missing --output folder is refused before any request, with what to do', async () => {
    const fake = checkFake({ vppTokens: [healthyVppToken(vppTokenId(1))] });
    const missing = join(tmpdir(), 'graph-vpp-no-such-dir-4711', 'vpp.prom');
    const result = await fake.run(['check', '--output', missing]);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toMatch(/does not exist\. Create it first \(mkdir -p/);
    expect(fake.requests()).toHaveLength(0);
  });

  it('refuses bad flags with exit 2 and a clear message', async () => {
    const fake = checkFake({ vppTokens: [] });
    const cases: [string[], RegExp][] = [
      [['check', '--format', 'xml'], /Unknown --format "xml"\. Use one of: table, json, csv/],
      [['check', '--fail-on', 'sometimes'], /Unknown --fail-on "sometimes"/],
      [['check', '--warn-days=-1'], /--warn-days "-1" must be a number of days/],
      [['check', '--warn-days', '3'], /below --critical-days 7/],
      [['check', '--json', '--format', 'csv'], /--json and --format csv disagree/],
      [['check', 'extra'], /"check" takes no arguments/],
      [['tokens', 'list', '--format', 'csv'], /--format belongs to "check"/],
      [['sync', '--all', '--file', 'x'], /--file belongs to "renew"/],
    ];
    for (const [argv, message] of cases) {
      const result = await fake.run(argv);
      expect(result.code, argv.join(' ')).toBe(exitCodes.usage);
      expect(result.stderr).toMatch(message);
    }
    expect(fake.requests()).toHaveLength(0);
  });

  it('an unknown state from the service is at least a warning, naming the raw value', async () => {
    const fake = checkFake({
      vppTokens: [healthyVppToken(vppTokenId(1), { state: 'suspendedByApple' })],
      strict: false,
    });
    const report = JSON.parse((await fake.run(['check', '--json'])).stdout) as JsonReport;
    expect(report.vppTokens[0]).toMatchObject({
      level: 'warning',
      reasons: ['state is "suspendedByApple", which graph-vpp does not know'],
    });
  });

  it('with no tokens it reports an empty, passing check', async () => {
    const result = await checkFake({ vppTokens: [] }).run(['check', '--json']);
    expect(result.code).toBe(exitCodes.ok);
    expect((JSON.parse(result.stdout) as JsonReport).summary).toMatchObject({
      total: 0,
      worst: 'ok',
      failed: false,
    });
  });
});
