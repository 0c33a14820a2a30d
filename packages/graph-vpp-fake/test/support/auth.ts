import type { VppTokensClientOptions } from 'graph-vpp-client';

type AuthenticationProvider = VppTokensClientOptions['authProvider'];

/** A Kiota AuthenticationProvider sending the token `getToken` returns (graph-vpp-auth is not needed here). */
export function bearerProvider(getToken: () => string): AuthenticationProvider {
  return {
    authenticateRequest: (request) => {
      request.headers.add('Authorization', `Bearer ${getToken()}`);
      return Promise.resolve();
    },
  };
}
