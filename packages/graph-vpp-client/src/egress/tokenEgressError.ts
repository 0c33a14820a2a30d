/**
 * The client refused to send a request because it carried `Authorization` to a destination
 * outside the auth policy. Nothing was sent. Never carries the token, the URL's user info or
 * its query.
 */
export class TokenEgressError extends Error {
  /** Always `'TokenEgressError'`. */
  override name = 'TokenEgressError' as const;
  /** Always `'token-egress-refused'`. */
  readonly code = 'token-egress-refused' as const;
  constructor(
    /** The hostname the request was addressed to, or undefined when the URL did not parse. */
    readonly host: string | undefined,
    message: string,
  ) {
    super(message);
  }
}
