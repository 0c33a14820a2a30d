import { enumValue, SyncTimeoutError, waitForSync, type VppToken } from 'graph-vpp-client';
import type { RenewSettings } from '../args/parseCheckArgs.js';
import { CliError, exitCodes, type ExitCode } from '../exitCodes.js';
import { readAppleTokenFile } from '../renew/appleToken.js';
import { updateVppToken } from 'graph-vpp-client';
import type { CommandContext } from './context.js';

/** Pause between verification rounds: Intune may report the old expiry for a while after an upload. */
const verifyPauseMs = 30_000;

/**
 * `renew <id> --file <sToken>`: decodes the file locally (refusing bad ones before anything is
 * sent), uploads it as the vppToken's `token`, syncs, and verifies that Intune reports the new
 * expiry and `state: valid` within `--timeout`. Never prints the token.
 */
export async function renewCommand(
  ctx: CommandContext,
  settings: RenewSettings,
): Promise<ExitCode> {
  const appleToken = await readAppleTokenFile(settings.file, ctx.clock.now());
  const item = ctx.client.deviceAppManagement.vppTokens.byVppTokenId(settings.id);
  const before = (await item.get()) ?? { id: settings.id };
  const organization = before.organizationName?.trim() ?? '';
  if (
    !settings.force &&
    organization !== '' &&
    organization.toLowerCase() !== appleToken.organizationName.toLowerCase()
  )
    throw new CliError(
      `${settings.file} is for "${appleToken.organizationName}", but vppToken ${settings.id} belongs to "${organization}". Nothing was uploaded. Use the file of that organisation, or --force if the organisation was renamed.`,
      exitCodes.usage,
    );
  const say = (line: string) => ctx.stdout.write(`${line}\n`);
  say(`vppToken ${settings.id} (${organization || 'no organisation'})`);
  say(`  expires now:    ${before.expirationDateTime?.toISOString() ?? 'unknown'}`);
  say(`  new file until: ${appleToken.expiresAt.toISOString()} (${appleToken.organizationName})`);

  await updateVppToken(ctx.client, settings.id, { token: appleToken.fileText });
  const deadline = ctx.clock.now() + ctx.flags.timeoutMs;
  let latest: VppToken = before;
  for (;;) {
    ctx.progress.update('Uploaded; syncing and waiting for Intune to report the new expiry…');
    await item.syncLicenses.post();
    try {
      latest = await waitForSync(ctx.client, settings.id, {
        clock: ctx.clock,
        timeoutMs: Math.max(0, deadline - ctx.clock.now()),
      });
    } catch (error) {
      if (!(error instanceof SyncTimeoutError)) throw error;
      latest = error.lastToken ?? latest;
    }
    if (isRenewed(latest, appleToken.expiresAt)) break;
    if (ctx.clock.now() + verifyPauseMs > deadline) {
      ctx.progress.done();
      say(
        `Not verified within --timeout: Intune reports state ${enumValue(latest, 'state') ?? 'unknown'}, ` +
          `expiry ${latest.expirationDateTime?.toISOString() ?? 'unknown'}, last sync ${enumValue(latest, 'lastSyncStatus') ?? 'unknown'}. ` +
          'Intune can take a while to show a new expiry; run "graph-vpp tokens get" later to see it.',
      );
      return exitCodes.syncFailed;
    }
    await ctx.clock.sleep(verifyPauseMs);
  }
  ctx.progress.done();
  say(`Renewed: Intune reports state valid, expiry ${latest.expirationDateTime?.toISOString()}.`);
  return exitCodes.ok;
}

function isRenewed(vppToken: VppToken, expiresAt: Date): boolean {
  const reported = vppToken.expirationDateTime?.getTime();
  // Intune keeps the date to the second at most; allow a second either way.
  return (
    enumValue(vppToken, 'state') === 'valid' &&
    reported !== undefined &&
    Math.abs(reported - expiresAt.getTime()) < 1000
  );
}
