import { createGraphAuthProvider, type GraphAuthProvider } from 'graph-vpp-auth';

/** The delegated permission syncLicenses needs (reads also accept `…Read.All`). */
export const vppScopes = [
  'https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All',
];

/**
 * Where a real deployment signs the admin in. This example ships without an app registration, so
 * it says so instead of calling Graph; the README shows the MSAL `getAccessToken` to put here.
 */
export function createSignInAuthProvider(): GraphAuthProvider {
  return createGraphAuthProvider(
    {
      getAccessToken: () =>
        Promise.reject(
          new Error(
            'sign-in is not configured in this example; plug MSAL into src/auth/signInAuthProvider.ts (see the README), or run in demo mode',
          ),
        ),
    },
    { scopes: vppScopes },
  );
}
