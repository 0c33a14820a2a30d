import { GraphAuthError } from '../errors/graphAuthError.js';
import { decodeJwtPayload } from '../describe/jwt.js';

/** An access token and when it stops being valid (milliseconds since the epoch). */
export interface AccessTokenResult {
  /** The bearer token. */
  token: string;
  /** When it expires, in milliseconds since the epoch. */
  expiresOnTimestamp: number;
  /** When to fetch a new one even though this one is still valid (MSAL's `refreshOn`). */
  refreshAfterTimestamp?: number;
}

/** What a token source is asked for. `claims` is the decoded JSON of a CAE challenge. */
export interface TokenRequestContext {
  /** The scopes the token must carry. */
  scopes: readonly string[];
  /** The decoded claims JSON of a continuous access evaluation challenge, when Graph sent one. */
  claims?: string;
  /** Aborts when every caller waiting for this token has given up. */
  signal?: AbortSignal;
}

/** The part of `@azure/identity`'s `TokenCredential` this package uses (no import needed). */
export interface TokenCredentialLike {
  /** `TokenCredential.getToken`: a token for `scopes`, or `null` when none could be obtained. */
  getToken(
    scopes: string | string[],
    options?: { claims?: string; enableCae?: boolean; abortSignal?: AbortSignal },
  ): Promise<{
    /** The bearer token. */
    token: string;
    /** When it expires, in milliseconds since the epoch. */
    expiresOnTimestamp: number;
    /** When to fetch a new one even though this one is still valid. */
    refreshAfterTimestamp?: number;
  } | null>;
}

/**
 * A token callback (MSAL's `acquireTokenSilent`, or anything else): a bare token string (its JWT
 * `exp` is used when present) or a token with its expiry; `null`/`undefined` means none.
 */
export type GetAccessToken = (
  context: TokenRequestContext,
) => Promise<string | AccessTokenResult | null | undefined>;

/** One of: an `@azure/identity` credential, a callback (MSAL or anything else), or a fixed token. */
export type GraphTokenSource =
  | {
      /** An `@azure/identity` credential (`DefaultAzureCredential`, `InteractiveBrowserCredential`, …). */
      credential: TokenCredentialLike;
    }
  | {
      /** A callback that returns a token. */
      getAccessToken: GetAccessToken;
    }
  | {
      /** A fixed token (scripts, tests, a local fake); it cannot be renewed. */
      accessToken: string;
    };

/** Turns any source into one function that yields a token with a known (or unknown) expiry. */
export type AcquireToken = (
  context: TokenRequestContext,
) => Promise<{ token: string; expiresOnTimestamp?: number; refreshAfterTimestamp?: number }>;

export function toAcquireToken(source: GraphTokenSource): AcquireToken {
  // Checked as untyped input: a plain-JavaScript caller may pass anything here.
  const untrusted: unknown = source;
  if (!untrusted || typeof untrusted !== 'object') {
    throw new GraphAuthError(
      'invalid-options',
      'createGraphAuthProvider needs a source: { credential }, { getAccessToken } or { accessToken }.',
    );
  }
  const kinds = (['credential', 'getAccessToken', 'accessToken'] as const).filter(
    (k) => k in source,
  );
  if (kinds.length !== 1) {
    throw new GraphAuthError(
      'invalid-options',
      `createGraphAuthProvider needs exactly one of credential, getAccessToken or accessToken; got ${kinds.length ? kinds.join(' and ') : 'none'}.`,
    );
  }
  if ('credential' in source) {
    const credential = source.credential;
    if (!hasGetTokenMethod(credential)) {
      throw new GraphAuthError(
        'invalid-options',
        'credential must be a TokenCredential with a getToken(scopes, options) method.',
      );
    }
    return async ({ scopes, claims, signal }) =>
      checked(
        await credential.getToken([...scopes], {
          enableCae: true,
          ...(claims ? { claims } : {}),
          ...(signal ? { abortSignal: signal } : {}),
        }),
        scopes,
      );
  }
  if ('getAccessToken' in source) {
    const getAccessToken = source.getAccessToken;
    if (typeof getAccessToken !== 'function') {
      throw new GraphAuthError(
        'invalid-options',
        'getAccessToken must be a function returning a token.',
      );
    }
    return async (context) => {
      const result = await getAccessToken({ ...context, scopes: [...context.scopes] });
      return checked(typeof result === 'string' ? withJwtExpiry(result) : result, context.scopes);
    };
  }
  const fixed = source.accessToken;
  if (typeof fixed !== 'string' || fixed.trim() === '') {
    throw new GraphAuthError('invalid-options', 'accessToken must be a non-empty string.');
  }
  return ({ claims }) => {
    if (claims) {
      return Promise.reject(
        new GraphAuthError(
          'claims-challenge-unsupported',
          'Graph asked for a new token with extra claims (continuous access evaluation), but a fixed accessToken cannot be renewed. Sign in again, or use a credential or getAccessToken source.',
        ),
      );
    }
    // A fixed token never changes: keep it until its JWT `exp` (opaque: for good).
    const { expiresOnTimestamp = Number.POSITIVE_INFINITY } = withJwtExpiry(fixed);
    return Promise.resolve({ token: fixed, expiresOnTimestamp });
  };
}

/** A bare string: trust the JWT's `exp` when it has one; opaque tokens get no expiry (not cached). */
function withJwtExpiry(token: string): { token: string; expiresOnTimestamp?: number } {
  const exp = decodeJwtPayload(token)?.exp;
  return typeof exp === 'number' ? { token, expiresOnTimestamp: exp * 1000 } : { token };
}

function checked<T extends { token?: unknown } | null | undefined>(
  result: T,
  scopes: readonly string[],
) {
  if (!result || typeof result.token !== 'string' || result.token === '') {
    throw new GraphAuthError(
      'token-unavailable',
      `The token source returned no access token for scopes ${scopes.join(' ')}. ` +
        'Check that the user is signed in and consented to these scopes; the next request will try again.',
    );
  }
  return result as NonNullable<T> & { token: string };
}

/** Whether a value (typed or not: plain JavaScript may pass anything) has a getToken method. */
function hasGetTokenMethod(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getToken?: unknown }).getToken === 'function'
  );
}
