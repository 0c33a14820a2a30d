export type GraphAuthErrorCode =
  | 'host-not-allowed'
  | 'insecure-protocol'
  | 'invalid-url'
  | 'token-unavailable'
  | 'claims-challenge-unsupported'
  | 'invalid-options';

/**
 * Why a request got no token. Never carries the token itself: messages name hosts, scopes and
 * what to change.
 */
export class GraphAuthError extends Error {
  override name = 'GraphAuthError' as const;
  constructor(
    readonly code: GraphAuthErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
