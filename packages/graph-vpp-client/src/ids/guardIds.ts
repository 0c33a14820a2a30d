import type { VppTokensApiClient } from '../generated/vppTokensApiClient.js';
import { assertValidVppTokenId } from './vppTokenId.js';

/**
 * Makes `byVppTokenId(id)` refuse a bad id with our message at the call site. Kiota's proxy
 * would accept `..` and `.` and say "path parameter vppTokenId cannot be undefined" for `''`.
 */
export function guardVppTokenIds(client: VppTokensApiClient): VppTokensApiClient {
  return intercept(client, 'deviceAppManagement', (deviceAppManagement) =>
    intercept(deviceAppManagement, 'vppTokens', (vppTokens) =>
      intercept(vppTokens, 'byVppTokenId', (byVppTokenId) => (id: string) => {
        assertValidVppTokenId(id);
        return byVppTokenId(id);
      }),
    ),
  );
}

function intercept<T extends object, K extends keyof T>(
  target: T,
  key: K,
  wrap: (value: T[K]) => T[K],
): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop) as unknown;
      return prop === key ? wrap(value as T[K]) : value;
    },
  });
}
