/**
 * Why {@link GraphAuthError} was thrown: a host or protocol the token may not go to, an unparsable
 * URL, a source that returned no token, a claims challenge a fixed token cannot answer, or bad options.
 */
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
  /** Always `'GraphAuthError'`. */
  override name = 'GraphAuthError' as const;
  /** Creates the error; `options.cause` keeps the underlying failure, if any. */
  constructor(
    /** What went wrong, as a stable code to branch on. */
    readonly code: GraphAuthErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
