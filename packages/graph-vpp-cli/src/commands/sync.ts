import {
  enumValue,
  isGraphError,
  listAllVppTokens,
  SyncTimeoutError,
  waitForSync,
  type VppToken,
} from 'graph-vpp-client';
import { exitCodes, type ExitCode } from '../exitCodes.js';
import { renderTokenTable, rowsJson, type TokenRow } from '../output/tokenReport.js';
import type { CommandContext } from './context.js';
import { isAuthFailure } from './failures.js';

/** Syncs in flight at once; the request budget, not this number, sets the pace. */
const concurrency = 8;
const renewalStates = new Set(['expired', 'invalid']);

/**
 * `sync <id…>` / `sync --all`: sends syncLicenses inside Intune's write budget, optionally waits
 * for each to finish, prints the final table, and returns 0 only when every attempted sync
 * completed (without --wait: was accepted).
 */
export async function syncCommand(
  ctx: CommandContext,
  ids: readonly string[],
  all: boolean,
): Promise<ExitCode> {
  const rows: TokenRow[] = [];
  const targets: VppToken[] = [];
  if (all) {
    for await (const token of listAllVppTokens(ctx.client)) {
      const state = enumValue(token, 'state') ?? 'unknown';
      if (state === 'valid') targets.push(token);
      else if (renewalStates.has(state))
        rows.push({
          token,
          outcome: 'needs-renewal',
          note: `${state}: renew the token in Apple Business/School Manager, then upload it`,
        });
      else rows.push({ token, outcome: 'skipped', note: `not synced: state is ${state}` });
      ctx.progress.update(`Listed ${targets.length + rows.length} tokens…`);
    }
  } else {
    targets.push(...ids.map((id) => ({ id })));
  }

  let sent = 0;
  const synced = await mapConcurrently(targets, concurrency, async (target): Promise<TokenRow> => {
    try {
      const token = await ctx.client.deviceAppManagement.vppTokens
        .byVppTokenId(idOf(target))
        .syncLicenses.post();
      return { token: token ?? target, outcome: 'accepted' };
    } catch (error) {
      if (isAuthFailure(error)) throw error; // the same credentials will fail for every token
      return {
        token: target,
        outcome: 'error',
        note: isGraphError(error) ? error.message : String(error),
      };
    } finally {
      ctx.progress.update(`Sent ${++sent}/${targets.length} syncs…`);
    }
  });

  if (ctx.flags.wait) {
    const deadline = ctx.clock.now() + ctx.flags.timeoutMs;
    let done = 0;
    const waiting = synced.filter((r) => r.outcome === 'accepted').length;
    // One token at a time: by the time the first finishes, most of the others have too, so this
    // costs about one GET per token and keeps a single sleeper on the clock.
    for (const row of synced) {
      if (row.outcome !== 'accepted') continue;
      ctx.progress.update(`Waiting for syncs: ${done}/${waiting} finished…`);
      try {
        row.token = await waitForSync(ctx.client, idOf(row.token), {
          clock: ctx.clock,
          timeoutMs: Math.max(0, deadline - ctx.clock.now()),
        });
        row.outcome = row.token.lastSyncStatus === 'completed' ? 'completed' : 'failed';
      } catch (error) {
        if (!(error instanceof SyncTimeoutError)) throw error;
        row.outcome = 'error';
        row.note = `still ${error.lastToken?.lastSyncStatus ?? 'running'} after --timeout; it may finish later`;
        if (error.lastToken) row.token = error.lastToken;
      }
      done++;
    }
  }
  ctx.progress.done();
  const report = [...synced, ...rows];
  const count = (outcome: TokenRow['outcome']) =>
    report.filter((r) => r.outcome === outcome).length;
  const summary = {
    attempted: synced.length,
    completed: count('completed'),
    accepted: count('accepted'),
    failed: count('failed') + count('error'),
    needsRenewal: count('needs-renewal'),
    skipped: count('skipped'),
  };
  if (ctx.flags.json) {
    ctx.stdout.write(`${JSON.stringify({ tokens: rowsJson(report), summary }, null, 2)}\n`);
  } else {
    ctx.stdout.write(renderTokenTable(report));
    ctx.stdout.write(
      `\n${summary.attempted} synced${ctx.flags.wait ? `: ${summary.completed} completed, ${summary.failed} failed` : `: ${summary.accepted} accepted, ${summary.failed} failed`}` +
        `${summary.needsRenewal ? `; ${summary.needsRenewal} need renewal` : ''}${summary.skipped ? `; ${summary.skipped} skipped` : ''}.\n`,
    );
  }
  const failures = summary.failed + (ctx.flags.strict ? summary.needsRenewal : 0);
  return failures > 0 ? exitCodes.syncFailed : exitCodes.ok;
}

/** Like Promise.all over `items`, with at most `limit` running at once, results in order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const queue = items.entries();
  let failed = false;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    // One shared iterator: each worker takes the next unclaimed item.
    for (let claimed = queue.next(); !failed && !claimed.done; claimed = queue.next()) {
      const [index, item] = claimed.value;
      try {
        results[index] = await task(item);
      } catch (error) {
        failed = true; // stop handing out work; the first error ends the command
        throw error;
      }
    }
  });
  await Promise.all(workers);
  return results;
}

/** A vppToken's id; every token Graph lists or returns has one (the id is its key). */
function idOf(token: VppToken): string {
  if (token.id === undefined || token.id === null)
    throw new Error('Graph returned a vppToken without an id.');
  return token.id;
}
