import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import parsePrometheus from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';
import { checkFake, daysFromNow, healthyVppToken, vppTokenId } from './support/checkFake.js';

const appleToken = 'APPLE-STOKEN-DO-NOT-PRINT-7f3a9c';
const hostileName = 'Evil "Corp" | Ltd, \\ <b>*x*</b>\nnext\x1b[2Jline';

/** One token per level, one with a name built to break every format, each carrying an Apple token string. */
function seeds() {
  return [
    healthyVppToken(vppTokenId(1), { token: appleToken }),
    healthyVppToken(vppTokenId(2), { token: appleToken, expirationDateTime: daysFromNow(20) }),
    healthyVppToken(vppTokenId(3), {
      token: appleToken,
      state: 'expired',
      lastSyncStatus: 'failed',
    }),
    healthyVppToken(vppTokenId(4), {
      token: appleToken,
      organizationName: hostileName,
      appleId: 'a"b\\c@example.com',
    }),
  ];
}

async function checkAs(format: string) {
  const { run } = checkFake({ vppTokens: seeds() });
  const result = await run(['check', '--format', format]);
  expect(result.stdout).not.toContain(appleToken);
  expect(result.stderr).not.toContain(appleToken);
  expect(result.code).toBe(exitCodes.syncFailed);
  return result.stdout;
}

describe('graph-vpp check formats, each read back with a real parser', () => {
  it('json: one object per token with level and reasons, and a summary; service text exact', async () => {
    const report = JSON.parse(await checkAs('json')) as {
      checkedAt: string;
      vppTokens: { id: string; level: string; reasons: string[]; organizationName: string }[];
      summary: Record<string, unknown>;
    };
    expect(report.checkedAt).toBe('2026-06-15T12:00:00.000Z');
    expect(report.vppTokens.map((t) => t.level)).toEqual(['ok', 'warning', 'critical', 'ok']);
    expect(report.vppTokens[1]?.reasons).toEqual([
      'expires in 20 days (2026-07-05), within 30 days',
    ]);
    expect(report.vppTokens[3]?.organizationName).toBe(hostileName);
    expect(report.summary).toEqual({
      total: 4,
      ok: 2,
      warning: 1,
      critical: 1,
      worst: 'critical',
      failed: true,
    });
  });

  it('csv: RFC 4180 with a header row, one row per token, no raw control characters', async () => {
    const text = await checkAs('csv');
    expect(text).not.toContain('\x1b');
    const rows = parseCsv<Record<string, string>>(text, {
      columns: true,
      record_delimiter: '\r\n',
    });
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.level)).toEqual(['ok', 'warning', 'critical', 'ok']);
    expect(rows[3]?.organizationName).toBe(
      'Evil "Corp" | Ltd, \\ <b>*x*</b>\\u000anext\\u001b[2Jline',
    );
    expect(rows[3]?.appleId).toBe('a"b\\c@example.com');
    expect(rows[2]?.reasons).toContain('the last sync failed');
    expect(rows[1]?.daysUntilExpiry).toBe('20');
  });

  it('prometheus: HELP/TYPE, base-unit timestamps, a level gauge, escaped labels', async () => {
    const text = await checkAs('prometheus');
    const families = parsePrometheus(text);
    const byName = new Map(families.map((f) => [f.name, f]));
    const expiry = byName.get('graph_vpp_token_expiry_timestamp_seconds');
    expect(expiry?.type).toBe('GAUGE');
    expect(expiry?.help).toMatch(/expires/);
    expect(Number(expiry?.metrics[1]?.value)).toBe(Date.parse(daysFromNow(20)) / 1000);
    const lastSync = byName.get('graph_vpp_token_last_sync_timestamp_seconds');
    expect(Number(lastSync?.metrics[0]?.value)).toBe(Date.parse('2026-06-15T11:00:00Z') / 1000);
    const level = byName.get('graph_vpp_token_level');
    expect(level?.metrics.map((m) => m.value)).toEqual(['0', '1', '2', '0']);
    expect(level?.metrics[3]?.labels).toEqual({
      id: vppTokenId(4),
      // Line feeds are the format's own escape; other controls are shown (a label reaches logs).
      organization_name: hostileName.replace('\x1b', '\\u001b'),
      apple_id: 'a"b\\c@example.com',
    });
    expect(byName.get('graph_vpp_check_timestamp_seconds')?.metrics[0]?.value).toBe(
      String(Date.parse('2026-06-15T12:00:00Z') / 1000),
    );
  });

  it('markdown: one table row per token, the hostile name kept inside its cell', async () => {
    const text = await checkAs('markdown');
    expect(text).not.toContain('\x1b');
    const tables = marked.lexer(text).filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.header.map((h) => h.text)).toEqual([
      'Level',
      'Organisation',
      'Apple ID',
      'Expires',
      'Reasons',
      'Token id',
    ]);
    expect(table.rows).toHaveLength(4);
    for (const row of table.rows) expect(row).toHaveLength(6);
    expect(table.rows.map((r) => r[0]?.text)).toEqual([
      '✅ ok',
      '⚠️ warning',
      '❌ critical',
      '✅ ok',
    ]);
    const hostile = table.rows[3]?.[1];
    expect(hostile?.tokens.every((t) => t.type === 'text' || t.type === 'escape')).toBe(true);
    expect(table.rows[3]?.[5]?.text).toBe(vppTokenId(4));
  });

  it('table (the default, also off a terminal): aligned, visible-safe, with a summary line', async () => {
    const text = await checkAs('table');
    const { run } = checkFake({ vppTokens: seeds() });
    expect((await run(['check'])).stdout).toBe(text);
    expect(text).not.toContain('\x1b');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^LEVEL\s+TOKEN\s+ORGANISATION\s+EXPIRES \(UTC\)\s+LAST SYNC \(UTC\)\s+REASONS$/,
    );
    expect(lines.slice(2, 6).map((l) => l.split(/\s+/)[0])).toEqual([
      'OK',
      'WARNING',
      'CRITICAL',
      'OK',
    ]);
    expect(text).toContain('\\u000anext\\u001b[2Jline');
    expect(text).toContain('4 tokens: 1 critical, 1 warning, 2 ok.');
  });
});
