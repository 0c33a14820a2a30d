import { enumValue, type VppToken } from 'graph-vpp-client';

/** How urgent a vppToken's situation is, from least to most. */
export const checkLevels: readonly CheckLevel[] = ['ok', 'warning', 'critical'];
/** `ok`, `warning` or `critical`. */
export type CheckLevel = 'ok' | 'warning' | 'critical';

/** The limits `graph-vpp check` classifies against (`--critical-days`, `--warn-days`, `--stale-hours`). */
export interface CheckThresholds {
  /** Expiry this close (days) is critical. Default 7. */
  criticalDays: number;
  /** Expiry this close (days) is a warning. Default 30. */
  warnDays: number;
  /** A last successful sync older than this (hours) is a warning. Default 48. */
  staleHours: number;
}

export const defaultThresholds: CheckThresholds = { criticalDays: 7, warnDays: 30, staleHours: 48 };

/** A sync that has run longer than this is a warning (a healthy one takes minutes). */
export const stuckSyncMs = 60 * 60 * 1000;

/** One vppToken's health: its level and, for anything but ok, the reasons in words. */
export interface VppTokenHealth {
  vppToken: VppToken;
  level: CheckLevel;
  reasons: string[];
}

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const criticalStates = new Set(['expired', 'invalid', 'assignedToExternalMDM']);
const knownSyncStatuses = new Set(['none', 'inProgress', 'completed', 'failed']);
/** Intune reports "never" as 0001-01-01; anything before 2000 is that, whatever the offset. */
const neverBefore = Date.UTC(2000, 0, 1);

/** Classifies one vppToken at `now` (ms since the epoch; the fake's clock in tests). */
export function classifyVppToken(
  vppToken: VppToken,
  now: number,
  thresholds: CheckThresholds = defaultThresholds,
): VppTokenHealth {
  const critical: string[] = [];
  const warning: string[] = [];

  const state = enumValue(vppToken, 'state');
  if (state === undefined) warning.push('Intune reported no state');
  else if (criticalStates.has(state)) critical.push(`state is ${state}${stateAdvice(state)}`);
  else if (state === 'unknown') warning.push('state is unknown');
  else if (state !== 'valid') warning.push(`state is "${state}", which graph-vpp does not know`);

  const expiry = vppToken.expirationDateTime?.getTime();
  if (expiry === undefined || Number.isNaN(expiry)) warning.push('Intune reported no expiry date');
  else {
    const days = (expiry - now) / dayMs;
    const on = isoDay(expiry);
    if (days <= 0) critical.push(`expired on ${on} (${daysText(-days)} ago)`);
    else if (days <= thresholds.criticalDays)
      critical.push(`expires in ${daysText(days)} (${on}), within ${thresholds.criticalDays} days`);
    else if (days <= thresholds.warnDays)
      warning.push(`expires in ${daysText(days)} (${on}), within ${thresholds.warnDays} days`);
  }

  const syncStatus = enumValue(vppToken, 'lastSyncStatus');
  const lastSync = vppToken.lastSyncDateTime?.getTime();
  const synced = lastSync !== undefined && !Number.isNaN(lastSync) && lastSync >= neverBefore;
  if (syncStatus === 'failed') critical.push('the last sync failed');
  else if (syncStatus === 'inProgress') {
    // Graph gives no start time for a running sync: the last recorded sync time is the best bound.
    if (!synced || now - lastSync > stuckSyncMs)
      warning.push(
        `a sync is in progress and the last recorded sync was ${synced ? `${hoursText(now - lastSync)} ago` : 'never'} (over an hour)`,
      );
  } else if (syncStatus !== undefined && !knownSyncStatuses.has(syncStatus))
    warning.push(`last sync status is "${syncStatus}", which graph-vpp does not know`);
  if (syncStatus !== 'inProgress' && syncStatus !== 'failed') {
    if (!synced) warning.push('never synced');
    else if (now - lastSync > thresholds.staleHours * hourMs)
      warning.push(
        `last successful sync ${hoursText(now - lastSync)} ago, older than ${thresholds.staleHours} hours`,
      );
  }

  const level: CheckLevel =
    critical.length > 0 ? 'critical' : warning.length > 0 ? 'warning' : 'ok';
  return { vppToken, level, reasons: [...critical, ...warning] };
}

/** Whether `level` is at least `threshold` (ok < warning < critical). */
export function reaches(level: CheckLevel, threshold: CheckLevel): boolean {
  return checkLevels.indexOf(level) >= checkLevels.indexOf(threshold);
}

function stateAdvice(state: string): string {
  if (state === 'assignedToExternalMDM') return ': another MDM uses this Apple token';
  return ': renew it in Apple Business/School Manager and upload the new token';
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function daysText(days: number): string {
  if (days < 1) return hoursText(days * dayMs);
  const whole = Math.floor(days);
  return `${whole} day${whole === 1 ? '' : 's'}`;
}

function hoursText(ms: number): string {
  if (ms >= 2 * dayMs) return daysText(ms / dayMs);
  const hours = Math.floor(ms / hourMs);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
