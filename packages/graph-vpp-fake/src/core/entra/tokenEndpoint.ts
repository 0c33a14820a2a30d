import { mintAccessTokenAt } from '../auth/accessToken.js';
import type { EntraAppRegistration } from './appRegistration.js';
import { verifyClientAssertion } from './clientAssertion.js';
import { entraError, entraMessages as says, type EntraOutcome } from './entraErrors.js';
import { graphRootsForLoginHost } from './loginHosts.js';

const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const tokenLifetimeSeconds = 3599;

/** `POST /{tenant}/oauth2/v2.0/token` with `grant_type=client_credentials`. */
export async function answerTokenRequest(
  apps: readonly EntraAppRegistration[],
  url: URL,
  tenant: string,
  form: URLSearchParams,
  nowMs: number,
): Promise<EntraOutcome> {
  const fail = (status: number, error: string, code: number, message: string) =>
    entraError(status, error, code, message, nowMs, form.get('client-request-id') ?? undefined);
  const grant = form.get('grant_type');
  if (!grant) return fail(400, 'invalid_request', 900144, says.missingParameter('grant_type'));
  if (grant !== 'client_credentials') {
    return fail(400, 'unsupported_grant_type', 70003, says.unsupportedGrant(grant));
  }
  const clientId = form.get('client_id');
  if (!clientId) return fail(400, 'invalid_request', 900144, says.missingParameter('client_id'));
  const scope = form.get('scope');
  if (!scope) return fail(400, 'invalid_request', 900144, says.missingParameter('scope'));

  const tenantApps = apps.filter((app) => app.tenantId.toLowerCase() === tenant.toLowerCase());
  if (tenantApps.length === 0) {
    return fail(400, 'invalid_request', 90002, says.unknownTenant(tenant));
  }
  const app = tenantApps.find((a) => a.clientId.toLowerCase() === clientId.toLowerCase());
  if (!app) return fail(400, 'unauthorized_client', 700016, says.unknownApp(clientId, tenant));

  const audience = audienceOf(url, scope);
  if (!audience) return fail(400, 'invalid_scope', 70011, says.invalidScope(scope));

  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (secret !== null) {
    if (app.clientSecret === undefined || !sameText(secret, app.clientSecret)) {
      return fail(401, 'invalid_client', 7000215, says.invalidSecret(app.clientId));
    }
  } else if (assertion !== null) {
    if (form.get('client_assertion_type') !== assertionType) {
      return fail(400, 'invalid_request', 900144, says.badAssertionType());
    }
    const problem = await verifyClientAssertion(app, assertion, url, tenant, nowMs);
    if (problem) return fail(problem.status, problem.error, problem.code, problem.message);
  } else {
    return fail(401, 'invalid_client', 7000216, says.missingCredential());
  }

  const accessToken = mintAccessTokenAt(nowMs, {
    appOnly: true,
    scopes: app.roles,
    tenantId: app.tenantId,
    appId: app.clientId,
    audience,
    expiresInSeconds: tokenLifetimeSeconds,
  });
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: tokenLifetimeSeconds,
      ext_expires_in: tokenLifetimeSeconds,
      access_token: accessToken,
    },
  };
}

/** The Graph root a `<root>/.default` scope names, when this sign-in host issues for it. */
function audienceOf(url: URL, scope: string): string | undefined {
  const scopes = scope.split(' ').filter(Boolean);
  if (scopes.length !== 1) return undefined;
  const match = /^(https:\/\/[^/]+)\/?\/\.default$/i.exec(scopes[0] ?? '');
  const root = match?.[1]?.toLowerCase();
  return graphRootsForLoginHost(url.hostname).find((r) => r === root);
}

/** Compares without stopping at the first difference, so timing does not reveal the secret. */
function sameText(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let diff = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  }
  return diff === 0;
}
