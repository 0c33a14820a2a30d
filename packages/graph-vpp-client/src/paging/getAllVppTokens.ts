import type { VppToken } from '../generated/models/index.js';
import type { VppTokensApiClient } from '../generated/vppTokensApiClient.js';
import { listAllVppTokens, type ListVppTokensOptions } from './listAllVppTokens.js';

/**
 * Every vppToken across all pages, as one array (`listAllVppTokens` streams them instead).
 * Same options and same next-link safety rules; the signal cancels the pending page.
 */
export async function getAllVppTokens(
  client: VppTokensApiClient,
  options: ListVppTokensOptions = {},
): Promise<VppToken[]> {
  // A loop, not Array.fromAsync: that needs Node 22, and the packages support Node 20.
  const vppTokens: VppToken[] = [];
  for await (const vppToken of listAllVppTokens(client, options)) vppTokens.push(vppToken);
  return vppTokens;
}
