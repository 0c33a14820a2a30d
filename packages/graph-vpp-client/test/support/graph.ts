// Temporary stand-ins for Graph used until graph-vpp-fake exists: the docs' sample token and
// the response shapes Graph uses, nothing stateful.
import type { AuthenticationProvider, RequestInformation } from '@microsoft/kiota-abstractions';
import { HttpResponse } from 'msw';
import { createVppTokensClient, type VppTokensClientOptions } from '../../src/index.js';

export const graph = 'https://graph.microsoft.com/v1.0';
export const tokensUrl = `${graph}/deviceAppManagement/vppTokens`;
export const docsTokenId = '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c';
export const testAccessToken = 'test-access-token-SHOULD-NEVER-LEAK';

/** The token exactly as the docs print it (seed page), without the `value` wrapper. */
export const docsToken = {
  '@odata.type': '#microsoft.graph.vppToken',
  id: docsTokenId,
  organizationName: 'Organization Name value',
  vppTokenAccountType: 'education',
  appleId: 'Apple Id value',
  expirationDateTime: '2016-12-31T23:57:57.2481234-08:00',
  lastSyncDateTime: '2017-01-01T00:02:49.3205976-08:00',
  token: 'Token value',
  lastModifiedDateTime: '2017-01-01T00:00:35.1329464-08:00',
  state: 'valid',
  lastSyncStatus: 'inProgress',
  automaticallyUpdateApps: true,
  countryOrRegion: 'Country Or Region value',
} as const;

/** Records the additional context (claims) of each authentication. */
export function bearerAuth(token = testAccessToken) {
  const contexts: Record<string, unknown>[] = [];
  const provider: AuthenticationProvider = {
    authenticateRequest: (request: RequestInformation, context?: Record<string, unknown>) => {
      contexts.push({ ...context });
      request.headers.add('Authorization', `Bearer ${token}`);
      return Promise.resolve();
    },
  };
  return { provider, contexts };
}

export function testClient(options: Partial<VppTokensClientOptions> = {}) {
  return createVppTokensClient({ authProvider: bearerAuth().provider, ...options });
}

export function graphErrorBody(code: string, message: string, requestId = 'req-1') {
  return {
    error: {
      code,
      message,
      innerError: {
        date: '2025-01-22T19:17:04',
        'request-id': requestId,
        'client-request-id': requestId,
      },
    },
  };
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(graphErrorBody(code, message), {
    status,
    headers: { 'request-id': 'req-1', ...headers },
  });
}
