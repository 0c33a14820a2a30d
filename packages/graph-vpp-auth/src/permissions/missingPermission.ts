import type { AcceptedPermissions } from './vppTokenPermissions.js';

/** The part of a token's description that decides what it may call. */
export interface TokenPermissions {
  /** `delegated` reads `scopes`, `app-only` reads `roles`. */
  identity: 'delegated' | 'app-only' | 'unknown';
  /** Delegated scopes (`scp`). */
  scopes: readonly string[];
  /** App roles (`roles`). */
  roles: readonly string[];
}

/**
 * Says, in plain words, which permission a token lacks for an operation that accepts `accepted`
 * (any one of them suffices), or undefined when it carries one. App-only tokens are judged by
 * their `roles`, delegated ones by their `scp`; names compare case-insensitively.
 */
export function missingPermission(
  token: TokenPermissions,
  accepted: AcceptedPermissions,
): string | undefined {
  if (token.identity === 'unknown') return undefined;
  const appOnly = token.identity === 'app-only';
  const allowed = appOnly ? accepted.application : accepted.delegated;
  if (allowed === 'notSupported') {
    return appOnly
      ? `this is an app-only token, and this operation does not accept application permissions; sign in as a work or school account with ${oneOf(accepted.delegated)}`
      : `this operation does not accept delegated tokens; use an app-only token with the app role ${oneOf(accepted.application)}`;
  }
  const granted = new Set((appOnly ? token.roles : token.scopes).map((p) => p.toLowerCase()));
  if (allowed.some((p) => granted.has(p.toLowerCase()))) return undefined;
  const held = appOnly ? token.roles : token.scopes;
  return appOnly
    ? `the token's app roles (${listOrNone(held)}) include none this operation accepts: grant the app the application permission ${oneOf(allowed)}, have an administrator consent, and request a new token for the cloud's .default scope`
    : `the token's delegated scopes (${listOrNone(held)}) include none this operation accepts: it needs ${oneOf(allowed)}`;
}

function oneOf(names: readonly string[] | 'notSupported'): string {
  if (names === 'notSupported' || names.length === 0) return '(none)';
  return names.length === 1 ? (names[0] ?? '') : `one of ${names.join(', ')}`;
}

function listOrNone(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : 'none';
}
