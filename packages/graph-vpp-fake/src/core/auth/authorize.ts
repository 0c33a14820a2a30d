import type { OperationContract } from '../../spec/operations.js';
import { satisfiesAny } from '../../spec/permissions.js';
import { graphAudiences, personalAccountTenantId, readClaims } from './accessToken.js';

const notBeforeSkewSeconds = 300;

/** Who is calling, as far as throttling and permissions care. */
export interface Caller {
  tenantId: string;
  appId: string;
  appOnly: boolean;
  personal: boolean;
  /** Delegated scopes (`scp`) or application roles (`roles`). */
  permissions: string[];
}

export type Authentication = { ok: true; caller: Caller } | { ok: false; message: string };

/**
 * Graph's gateway check (401 on failure). Messages are the ones Graph is seen to send; none of
 * them ever repeats the token.
 */
export function authenticate(authorization: string | null, nowMs: number): Authentication {
  const match = /^Bearer(?:\s+(\S*))?\s*$/i.exec(authorization?.trim() ?? '');
  if (!authorization?.trim() || (match && !match[1])) {
    return { ok: false, message: 'Access token is empty.' };
  }
  const accessToken = match?.[1];
  const claims = accessToken ? readClaims(accessToken) : undefined;
  if (!claims)
    return { ok: false, message: 'CompactToken parsing failed with error code: 80049217' };
  if (typeof claims.aud !== 'string' || !graphAudiences.has(claims.aud.replace(/\/+$/, ''))) {
    return { ok: false, message: 'Access token validation failure. Invalid audience.' };
  }
  const now = nowMs / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
  }
  // Entra ID tolerates 5 minutes of clock skew before `nbf`: a token minted by another process
  // (e.g. `graph-vpp-fake token`) may be a moment ahead of the fake's clock. Expiry stays exact
  // so tests can move the fake clock to the very second a token expires.
  if (typeof claims.nbf === 'number' && claims.nbf > now + notBeforeSkewSeconds) {
    return { ok: false, message: 'Access token has expired or is not yet valid.' };
  }
  if (typeof claims.tid !== 'string') {
    return { ok: false, message: 'Access token validation failure. Invalid tenant.' };
  }
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r) => typeof r === 'string')
    : [];
  const appOnly = claims.idtyp === 'app' || (typeof claims.scp !== 'string' && roles.length > 0);
  const appId =
    typeof claims.appid === 'string'
      ? claims.appid
      : typeof claims.azp === 'string'
        ? claims.azp
        : 'unknown-app';
  return {
    ok: true,
    caller: {
      tenantId: claims.tid,
      appId,
      appOnly,
      personal: claims.tid === personalAccountTenantId,
      permissions: appOnly ? roles : scopes,
    },
  };
}

/** Which docs' permission table the fake enforces (see `VppFakeOptions.permissions`). */
export type PermissionsEdition = 'current' | 'seed';

/**
 * Intune's permission check (403 on failure), from the spec. `current` (today's docs): delegated
 * callers by `security`, app-only callers by the set's application roles. `seed` (the 2018 page):
 * its delegated scopes only; every app-only token is refused, as that page said.
 */
export function authorize(
  caller: Caller,
  operation: OperationContract,
  edition: PermissionsEdition = 'current',
): string | undefined {
  const prefix = 'Application is not authorized to perform this operation.';
  const personal =
    edition === 'seed'
      ? operation.seed.delegatedPersonalMicrosoftAccount
      : operation.personalAccounts;
  if (caller.personal) {
    if (personal === 'notSupported') {
      return `${prefix} Personal Microsoft accounts are not supported for this operation.`;
    }
    const alternatives = personal.map((scope) => [scope]);
    return satisfiesAny(alternatives, caller.permissions)
      ? undefined
      : missingMessage(alternatives, prefix, 'scopes');
  }
  if (caller.appOnly) {
    const roles =
      edition === 'seed' ? operation.seed.application : operation.applicationPermissions;
    // Intune's words for an app-only call without a fitting application permission
    // (microsoft/Intune-PowerShell-SDK#121).
    const appOnlyRefusal =
      'Application is not authorized to perform this operation as called in app only context but does not have application permissions configured.';
    if (roles === 'notSupported') return appOnlyRefusal;
    const alternatives = roles.map((role) => [role]);
    return satisfiesAny(alternatives, caller.permissions)
      ? undefined
      : `${appOnlyRefusal} ${missingMessage(alternatives, 'Application must have', 'roles').slice('Application must have '.length)}`;
  }
  const delegated =
    edition === 'seed'
      ? operation.seed.delegatedWorkOrSchool === 'notSupported'
        ? []
        : operation.seed.delegatedWorkOrSchool.map((scope) => [scope])
      : operation.delegatedAlternatives;
  return satisfiesAny(delegated, caller.permissions)
    ? undefined
    : missingMessage(delegated, prefix, 'scopes');
}

function missingMessage(
  alternatives: readonly (readonly string[])[],
  prefix: string,
  kind: 'scopes' | 'roles',
): string {
  const names = alternatives.map((scopes) => scopes.join(' and '));
  return `${prefix} Application must have one of the following ${kind}: ${names.join(', ')}`;
}
