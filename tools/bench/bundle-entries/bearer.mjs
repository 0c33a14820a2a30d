// Kiota's own bearer provider with a fixed token, for the entries that use Kiota directly.
import {
  AllowedHostsValidator,
  BaseBearerTokenAuthenticationProvider,
} from '@microsoft/kiota-abstractions';

export function fixedBearer(baseUrl, accessToken) {
  return new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: async () => accessToken,
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(baseUrl).hostname])),
  });
}
