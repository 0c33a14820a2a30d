import type { EntraAppRegistration } from './appRegistration.js';
import { entraError, type EntraOutcome } from './entraErrors.js';
import { answerTokenRequest } from './tokenEndpoint.js';

/** Form fields and answer fields that carry secrets: the journal keeps `[redacted]` instead. */
export const secretFields = ['client_secret', 'client_assertion', 'access_token'] as const;

/**
 * Microsoft Entra ID's client-credentials sign-in for the fake's app registrations:
 * the token endpoint and the discovery documents MSAL may fetch.
 */
export async function answerEntraRequest(
  apps: readonly EntraAppRegistration[],
  request: Request,
  bodyText: string,
  nowMs: number,
): Promise<EntraOutcome> {
  const url = new URL(request.url);
  const segments = url.pathname.split('/').filter(Boolean);
  const [tenant, ...rest] = segments;
  const path = rest.join('/').toLowerCase();
  if (tenant === 'common' && path === 'discovery/instance') return instanceDiscovery(url);
  if (tenant && path === 'v2.0/.well-known/openid-configuration') {
    return { status: 200, body: openIdConfiguration(url.origin, tenant) };
  }
  if (tenant && path === 'oauth2/v2.0/token') {
    if (request.method !== 'POST') {
      return entraError(
        405,
        'invalid_request',
        900561,
        'The endpoint only accepts POST requests.',
        nowMs,
      );
    }
    return answerTokenRequest(apps, url, tenant, new URLSearchParams(bodyText), nowMs);
  }
  return {
    status: 404,
    body: {
      error: 'not_found',
      error_description: `graph-vpp-fake's Entra ID answers only /{tenant}/oauth2/v2.0/token and discovery, not ${url.pathname}.`,
    },
  };
}

function openIdConfiguration(origin: string, tenant: string): Record<string, unknown> {
  return {
    token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${origin}/${tenant}/v2.0`,
    authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
    tenant_region_scope: 'NA',
    cloud_instance_name: new URL(origin).hostname.replace(/^login\./, ''),
  };
}

function instanceDiscovery(url: URL): EntraOutcome {
  const host = url.hostname;
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `${url.origin}/common/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    },
  };
}
