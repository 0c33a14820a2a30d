import { listAllVppApps, listAllVppTokens, type IosVppApp, type VppToken } from 'graph-vpp-client';
import type { LicensesSettings } from '../args/parseLicensesArgs.js';
import { exitCodes, UsageError, type ExitCode } from '../exitCodes.js';
import { licenseFormatters } from '../licenses/licenseFormats.js';
import { buildLicenseReport } from '../licenses/licenseReport.js';
import type { CommandContext } from './context.js';
import { syncCommand } from './sync.js';

/**
 * `licenses`: one paged list of tokens and one of iosVppApps, paired by Apple ID and
 * organisation; per token and app total, used, available and the available share. Exit 1 when
 * an app is below `--fail-below`. With `--sync`, syncs first (the token, or every valid one) and
 * waits, because Intune's counts are only as fresh as the last completed sync.
 */
export async function licensesCommand(
  ctx: CommandContext,
  settings: LicensesSettings,
): Promise<ExitCode> {
  if (settings.sync) {
    const quiet = { write: () => undefined };
    const syncCtx = { ...ctx, stdout: quiet, flags: { ...ctx.flags, wait: true, strict: false } };
    // A failed sync leaves stale counts; the sync command's progress already says so.
    if (settings.vppTokenId === undefined) await syncCommand(syncCtx, [], true);
    else await syncCommand(syncCtx, [settings.vppTokenId], false);
  }
  const vppTokens = await collectTokens(ctx, settings.vppTokenId);
  const apps = await collectApps(ctx);
  const report = buildLicenseReport(vppTokens, apps, settings.failBelowPercent);
  ctx.stdout.write(licenseFormatters[settings.format](report));
  return report.summary.failed ? exitCodes.syncFailed : exitCodes.ok;
}

async function collectTokens(ctx: CommandContext, id: string | undefined): Promise<VppToken[]> {
  const all: VppToken[] = [];
  for await (const vppToken of listAllVppTokens(ctx.client)) all.push(vppToken);
  if (id === undefined) return all;
  const one = all.filter((vppToken) => vppToken.id?.toLowerCase() === id.toLowerCase());
  if (one.length === 0)
    throw new UsageError(
      `--token ${id}: no such vppToken in this tenant ("graph-vpp tokens list" shows the ids).`,
    );
  return one;
}

async function collectApps(ctx: CommandContext): Promise<IosVppApp[]> {
  const apps: IosVppApp[] = [];
  for await (const app of listAllVppApps(ctx.client)) {
    apps.push(app);
    ctx.progress.update(`Listed ${apps.length} apps…`);
  }
  ctx.progress.done();
  return apps;
}
