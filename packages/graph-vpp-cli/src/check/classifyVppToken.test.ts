import type { VppToken } from 'graph-vpp-client';
import { describe, expect, it } from 'vitest';
import { classifyVppToken, defaultThresholds, reaches } from './classifyVppToken.js';

const now = Date.parse('2026-06-15T12:00:00Z');
const hour = 60 * 60 * 1000;
const day = 24 * hour;
const at = (offsetMs: number) => new Date(now + offsetMs);

function healthy(overrides: VppToken = {}): VppToken {
  return {
    id: 'a',
    state: 'valid',
    lastSyncStatus: 'completed',
    lastSyncDateTime: at(-hour),
    expirationDateTime: at(200 * day),
    ...overrides,
  };
}

const classify = (token: VppToken) => classifyVppToken(token, now, defaultThresholds);

describe('classifyVppToken', () => {
  it('a valid, recently synced token far from expiry is ok with no reasons', () => {
    expect(classify(healthy())).toMatchObject({ level: 'ok', reasons: [] });
  });

  it.each(['expired', 'invalid', 'assignedToExternalMDM'] as const)(
    'state %s is critical and says so',
    (state) => {
      const health = classify(healthy({ state }));
      expect(health.level).toBe('critical');
      expect(health.reasons[0]).toContain(`state is ${state}`);
    },
  );

  it('expiry within --critical-days is critical, within --warn-days a warning, past it critical', () => {
    expect(classify(healthy({ expirationDateTime: at(6 * day) }))).toMatchObject({
      level: 'critical',
      reasons: ['expires in 6 days (2026-06-21), within 7 days'],
    });
    expect(classify(healthy({ expirationDateTime: at(29 * day) }))).toMatchObject({
      level: 'warning',
      reasons: ['expires in 29 days (2026-07-14), within 30 days'],
    });
    expect(classify(healthy({ expirationDateTime: at(31 * day) })).level).toBe('ok');
    expect(classify(healthy({ expirationDateTime: at(-3 * day) }))).toMatchObject({
      level: 'critical',
      reasons: ['expired on 2026-06-12 (3 days ago)'],
    });
  });

  it('honours other thresholds', () => {
    const token = healthy({ expirationDateTime: at(20 * day), lastSyncDateTime: at(-10 * hour) });
    expect(
      classifyVppToken(token, now, { criticalDays: 21, warnDays: 60, staleHours: 48 }).level,
    ).toBe('critical');
    expect(
      classifyVppToken(token, now, { criticalDays: 7, warnDays: 10, staleHours: 8 }),
    ).toMatchObject({
      level: 'warning',
      reasons: ['last successful sync 10 hours ago, older than 8 hours'],
    });
  });

  it('a failed last sync is critical', () => {
    expect(classify(healthy({ lastSyncStatus: 'failed' }))).toMatchObject({
      level: 'critical',
      reasons: ['the last sync failed'],
    });
  });

  it('a last successful sync older than --stale-hours, or none ever, is a warning', () => {
    expect(classify(healthy({ lastSyncDateTime: at(-49 * hour) }))).toMatchObject({
      level: 'warning',
      reasons: ['last successful sync 2 days ago, older than 48 hours'],
    });
    expect(classify(healthy({ lastSyncDateTime: at(-47 * hour) })).level).toBe('ok');
    expect(
      classify(
        healthy({ lastSyncStatus: 'none', lastSyncDateTime: new Date('0001-01-01T00:00:00Z') }),
      ),
    ).toMatchObject({ level: 'warning', reasons: ['never synced'] });
  });

  it('a sync in progress for over an hour is a warning; a fresh one is not', () => {
    const stuck = classify(
      healthy({ lastSyncStatus: 'inProgress', lastSyncDateTime: at(-3 * hour) }),
    );
    expect(stuck.level).toBe('warning');
    expect(stuck.reasons[0]).toMatch(/sync is in progress.*3 hours ago.*over an hour/);
    expect(
      classify(healthy({ lastSyncStatus: 'inProgress', lastSyncDateTime: at(-30 * 60 * 1000) }))
        .level,
    ).toBe('ok');
  });

  const withoutState: VppToken = { ...healthy() };
  delete withoutState.state;

  it('a state or sync status the client does not know is a warning naming the raw value', () => {
    const unknownState = classify({
      ...healthy({ state: null }),
      additionalData: { state: 'suspendedByApple' },
    });
    expect(unknownState).toMatchObject({
      level: 'warning',
      reasons: ['state is "suspendedByApple", which graph-vpp does not know'],
    });
    const unknownStatus = classify({
      ...healthy({ lastSyncStatus: null }),
      additionalData: { lastSyncStatus: 'queued' },
    });
    expect(unknownStatus.reasons).toContain(
      'last sync status is "queued", which graph-vpp does not know',
    );
    expect(classify(healthy({ state: 'unknown' })).level).toBe('warning');
    expect(classify(withoutState).reasons).toContain('Intune reported no state');
  });

  it('lists every reason, critical ones first', () => {
    const health = classify(
      healthy({ lastSyncStatus: 'failed', expirationDateTime: at(20 * day), state: 'invalid' }),
    );
    expect(health.level).toBe('critical');
    expect(health.reasons).toEqual([
      expect.stringContaining('state is invalid'),
      'the last sync failed',
      'expires in 20 days (2026-07-05), within 30 days',
    ]);
  });

  it('reaches orders ok < warning < critical', () => {
    expect(reaches('critical', 'warning')).toBe(true);
    expect(reaches('warning', 'critical')).toBe(false);
    expect(reaches('ok', 'warning')).toBe(false);
  });
});
