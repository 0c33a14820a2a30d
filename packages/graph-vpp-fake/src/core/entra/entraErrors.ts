/** An answer of the sign-in endpoint, ready to become a Response. */
export interface EntraOutcome {
  status: number;
  body: unknown;
}

/** Microsoft Entra's `YYYY-MM-DD HH:MM:SSZ` timestamp. */
function entraTimestamp(nowMs: number): string {
  return new Date(nowMs)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * An error body as Entra sends it: the AADSTS code leads `error_description`, trace and
 * correlation ids and the timestamp follow. Texts come from the Entra error-code reference and
 * real responses; none of them ever repeats a secret or an assertion.
 */
export function entraError(
  status: number,
  error: string,
  code: number,
  message: string,
  nowMs: number,
  correlationId: string = crypto.randomUUID(),
): EntraOutcome {
  const traceId = crypto.randomUUID();
  const timestamp = entraTimestamp(nowMs);
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${String(code)}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
    },
  };
}

export const entraMessages = {
  invalidSecret: (clientId: string) =>
    `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
  unknownApp: (clientId: string, tenant: string) =>
    `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  unknownTenant: (tenant: string) =>
    `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  missingParameter: (name: string) =>
    `The request body must contain the following parameter: '${name}'.`,
  missingCredential: () =>
    `'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.`,
  invalidScope: (scope: string) =>
    `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  unsupportedGrant: (grant: string) => `The app requested an unsupported grant type '${grant}'.`,
  badAssertionSignature: (clientId: string) =>
    `Client assertion failed signature validation. Trace the key used to sign the assertion: the app '${clientId}' has no registered certificate whose thumbprint and key match it.`,
  noFederatedMatch: (issuer: string, subject: string) =>
    `No matching federated identity record found for presented assertion issuer '${issuer}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. Assertion subject: '${subject}'.`,
  badAssertionType: () =>
    `The client_assertion_type must be 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'.`,
  malformedAssertion: () => `The client assertion is not a valid JWT.`,
} as const;
