import { missingPermission } from '../permissions/missingPermission.js';
import {
  vppTokenPermissions,
  type AcceptedPermissions,
} from '../permissions/vppTokenPermissions.js';
import { decodeJwtPayload } from './jwt.js';

/** Microsoft's tenant for personal (consumer) accounts. */
export const personalAccountTenantId = '9188040d-6c67-4c5b-b112-36a304b66dad';
/** The delegated scope every vppTokens docs edition names for every write, syncLicenses included. */
export const requiredVppScope = 'DeviceManagementServiceConfig.ReadWrite.All';

/** Options for {@link describeAccessToken}. */
export interface DescribeAccessTokenOptions {
  /** When to judge expiry. Default: now. */
  now?: number | undefined;
  /**
   * What the operation in question accepts. Default: `vppTokenPermissions.write` (today's docs
   * for create, update, delete and syncLicenses), so a token described as fine can do everything.
   */
  accepted?: AcceptedPermissions | undefined;
}

/** What {@link describeAccessToken} read from a token's claims, for diagnostics (never the token). */
export interface AccessTokenDescription {
  /** `jwt` when the payload could be decoded; `opaque` otherwise (e.g. some personal-account tokens). */
  format: 'jwt' | 'opaque';
  /** `delegated` (has `scp`), `app-only` (`idtyp: app`, or `roles` without `scp`), or `unknown`. Permissions are judged from `scopes` or `roles` accordingly. */
  identity: 'delegated' | 'app-only' | 'unknown';
  /** The `aud` claim: which API the token is for. */
  audience?: string | undefined;
  /** The `tid` claim: the Microsoft Entra tenant that issued the token. */
  tenantId?: string | undefined;
  /** True for a personal Microsoft account (the consumer tenant), which vppTokens does not accept. */
  personalAccount: boolean;
  /** User principal name or preferred username, when present. */
  user?: string | undefined;
  /** The `appid`/`azp` claim: the application the token was issued to. */
  appId?: string | undefined;
  /** The `exp` claim as a date. */
  expiresAt?: Date | undefined;
  /** Whether `expiresAt` had passed when the token was described. */
  expired?: boolean | undefined;
  /** Delegated scopes (`scp`). */
  scopes: string[];
  /** App roles (`roles`). */
  roles: string[];
  /** Plain-language reasons this token cannot call the operation (by default: every vppTokens write), if any. */
  problems: string[];
}

/**
 * Reads what an access token claims, for diagnostics only: the signature is NOT verified, and a
 * client must never make security decisions from this. Tolerates opaque (non-JWT) tokens.
 * The result never contains the token itself.
 */
export function describeAccessToken(
  token: string,
  options: DescribeAccessTokenOptions = {},
): AccessTokenDescription {
  const now = options.now ?? Date.now();
  const claims = typeof token === 'string' ? decodeJwtPayload(token) : undefined;
  if (!claims) {
    return {
      format: 'opaque',
      identity: 'unknown',
      personalAccount: false,
      scopes: [],
      roles: [],
      problems: [
        'the token is not a JWT, so its claims cannot be read; personal Microsoft accounts often get such tokens, and this API supports only work or school accounts',
      ],
    };
  }
  const str = (key: string) => (typeof claims[key] === 'string' ? claims[key] : undefined);
  const scopes = (str('scp') ?? '').split(' ').filter(Boolean);
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
  const identity =
    str('idtyp') === 'app' || (scopes.length === 0 && roles.length > 0)
      ? 'app-only'
      : scopes.length > 0
        ? 'delegated'
        : 'unknown';
  const tenantId = str('tid');
  const personalAccount = tenantId === personalAccountTenantId;
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  const expired = exp === undefined ? undefined : exp <= now;
  const audience = str('aud');

  const problems: string[] = [];
  if (personalAccount)
    problems.push(
      'this token is for a personal Microsoft account; this API supports only work or school accounts',
    );
  const missing = missingPermission(
    { identity, scopes, roles },
    options.accepted ?? vppTokenPermissions.write,
  );
  if (missing) problems.push(missing);
  if (identity === 'unknown')
    problems.push('the token has neither delegated scopes (scp) nor app roles');
  if (expired && exp !== undefined)
    problems.push(`the token expired at ${new Date(exp).toISOString()}`);
  if (
    audience &&
    !/graph\.microsoft|microsoftgraph\.chinacloudapi\.cn|^00000003-0000-0000-c000-000000000000$/i.test(
      audience,
    )
  ) {
    problems.push(`the token is for ${audience}, not Microsoft Graph`);
  }
  return {
    format: 'jwt',
    identity,
    audience,
    tenantId,
    personalAccount,
    user: str('upn') ?? str('preferred_username') ?? str('unique_name'),
    appId: str('appid') ?? str('azp'),
    expiresAt: exp === undefined ? undefined : new Date(exp),
    expired,
    scopes,
    roles,
    problems,
  };
}
