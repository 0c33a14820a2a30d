import type { VppToken } from '../generated/models/index.js';
import type { VppTokensApiClient } from '../generated/vppTokensApiClient.js';
import { withSignal } from '../http/callOptions.js';
import { assertValidVppTokenId } from '../ids/vppTokenId.js';

/** Options for {@link updateVppToken}. */
export interface UpdateVppTokenOptions {
  /** Cancels the PATCH, or the GET that follows a bodiless answer; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** The properties to change; `id` and `lastModifiedDateTime` are the service's to set. */
export type VppTokenChanges = Omit<VppToken, 'id' | 'lastModifiedDateTime'>;

/**
 * PATCHes a vppToken and returns it as it now is. The docs promise `200` with the updated token,
 * but Intune's deviceAppManagement PATCH is known to answer `204 No Content` "by design"
 * (microsoft-graph-docs-contrib#8701): then a GET follows. A `200` with a body costs no GET.
 */
export async function updateVppToken(
  client: VppTokensApiClient,
  vppTokenId: string,
  changes: VppTokenChanges,
  options: UpdateVppTokenOptions = {},
): Promise<VppToken> {
  assertValidVppTokenId(vppTokenId);
  const item = client.deviceAppManagement.vppTokens.byVppTokenId(vppTokenId);
  const configuration = () => (options.signal ? withSignal(options.signal) : undefined);
  const patched = await item.patch(changes, configuration());
  if (patched) return patched;
  const current = await item.get(configuration());
  if (!current) {
    throw new Error(
      `Graph answered the update of vppToken ${vppTokenId} without a body, and reading it back returned no body either.`,
    );
  }
  return current;
}
