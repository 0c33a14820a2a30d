import { listAllVppApps, listAllVppTokens, type IosVppApp, type VppToken } from 'graph-vpp-client';
import type { CheckSettings } from '../args/parseCheckArgs.js';
import { buildCheckReport } from '../check/checkReport.js';
import { classifyVppToken } from '../check/classifyVppToken.js';
import { checkFormatters } from '../check/formats/index.js';
import { exitCodes, type ExitCode } from '../exitCodes.js';
import { addLicenseWarnings } from '../licenses/licenseWarnings.js';
import { assertWritableOutput, writeFileAtomically } from '../output/atomicWrite.js';
import type { CommandContext } from './context.js';
import { syncCommand } from './sync.js';

/**
 * `check`: lists every vppToken once (one paged list, no per-token request), classifies each as
 * ok, warning or critical and prints the report; exit 1 when any token reaches `--fail-on`.
 * With `--sync`, first runs `sync --all --wait` (inside the write budget), its own report unprinted.
 */
export async function checkCommand(
  ctx: CommandContext,
  settings: CheckSettings,
): Promise<ExitCode> {
  if (settings.output !== undefined) await assertWritableOutput(settings.output);
  if (settings.sync) {
    const quiet = { write: () => undefined };
    // A failed sync shows up below as "the last sync failed"; its exit code adds nothing.
    await syncCommand(
      { ...ctx, stdout: quiet, flags: { ...ctx.flags, wait: true, strict: false } },
      [],
      true,
    );
  }
  const vppTokens: VppToken[] = [];
  for await (const vppToken of listAllVppTokens(ctx.client)) {
    vppTokens.push(vppToken);
    ctx.progress.update(`Listed ${vppTokens.length} tokens…`);
  }
  const now = ctx.clock.now();
  let health = vppTokens.map((vppToken) => classifyVppToken(vppToken, now, settings.thresholds));
  if (settings.licensesBelowPercent !== undefined) {
    // One more paged list (the apps), only when asked: it needs DeviceManagementApps.Read.All.
    const apps: IosVppApp[] = [];
    for await (const app of listAllVppApps(ctx.client)) {
      apps.push(app);
      ctx.progress.update(`Listed ${apps.length} apps…`);
    }
    health = addLicenseWarnings(health, apps, settings.licensesBelowPercent);
  }
  ctx.progress.done();
  const report = buildCheckReport(health, now, settings.thresholds, settings.failOn);
  const text = checkFormatters[settings.format](report);
  if (settings.output === undefined) ctx.stdout.write(text);
  else await writeFileAtomically(settings.output, text);
  return report.summary.failed ? exitCodes.syncFailed : exitCodes.ok;
}
