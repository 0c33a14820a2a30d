import { listAllVppTokens, SyncTimeoutError, waitForSync, type VppToken } from 'graph-vpp-client';
import { exitCodes, type ExitCode } from '../exitCodes.js';
import { renderTokenTable, tokenJson, type TokenRow } from '../output/tokenReport.js';
import type { CommandContext } from './context.js';

/** `tokens list`: every token across pages; with --wait, after every running sync finished. */
export async function tokensList(ctx: CommandContext): Promise<ExitCode> {
  const tokens: VppToken[] = [];
  for await (const token of listAllVppTokens(ctx.client)) {
    tokens.push(token);
    ctx.progress.update(`Listed ${tokens.length} tokens…`);
  }
  const rows: TokenRow[] = [];
  for (const token of tokens)
    rows.push(ctx.flags.wait ? await settled(ctx, token) : { token, outcome: 'listed' });
  ctx.progress.done();
  ctx.stdout.write(
    ctx.flags.json
      ? `${JSON.stringify(
          rows.map((r) => tokenJson(r.token)),
          null,
          2,
        )}\n`
      : renderTokenTable(rows),
  );
  return exitCodes.ok;
}

/** `tokens get <id>`; with --wait, once its running sync finished. */
export async function tokensGet(ctx: CommandContext, id: string): Promise<ExitCode> {
  const token = await ctx.client.deviceAppManagement.vppTokens.byVppTokenId(id).get();
  const row =
    ctx.flags.wait && token
      ? await settled(ctx, token)
      : { token: token ?? { id }, outcome: 'listed' as const };
  ctx.progress.done();
  ctx.stdout.write(
    ctx.flags.json ? `${JSON.stringify(tokenJson(row.token), null, 2)}\n` : renderTokenTable([row]),
  );
  return exitCodes.ok;
}

async function settled(ctx: CommandContext, token: VppToken): Promise<TokenRow> {
  if (token.lastSyncStatus !== 'inProgress' || !token.id) return { token, outcome: 'listed' };
  ctx.progress.update(`Waiting for the sync of ${token.id}…`);
  try {
    return {
      token: await waitForSync(ctx.client, token.id, {
        clock: ctx.clock,
        timeoutMs: ctx.flags.timeoutMs,
      }),
      outcome: 'listed',
    };
  } catch (error) {
    if (error instanceof SyncTimeoutError) return { token, outcome: 'listed', note: error.message };
    throw error;
  }
}
