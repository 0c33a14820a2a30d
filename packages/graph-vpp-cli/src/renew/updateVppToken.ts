import type { VppToken, VppTokensApiClient } from 'graph-vpp-client';

/**
 * Stand-in for graph-vpp-client's `updateVppToken` (issue 12), same shape: PATCH, and when Intune
 * answers 204 without a body, GET the token. Swap the import for the client's once it lands.
 */
export async function updateVppToken(
  client: VppTokensApiClient,
  id: string,
  changes: VppToken,
): Promise<VppToken> {
  const item = client.deviceAppManagement.vppTokens.byVppTokenId(id);
  const updated = await item.patch(changes);
  return updated ?? (await item.get()) ?? { id };
}
