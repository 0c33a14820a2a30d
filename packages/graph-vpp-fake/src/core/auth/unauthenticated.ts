import type { ErrorContext } from '../errors/graphErrorBodies.js';
import { plainError } from '../errors/outcomes.js';
import type { Outcome } from '../responses.js';

/** Graph's 401, with the `WWW-Authenticate` challenge it sends. */
export function unauthenticated(message: string, context: ErrorContext): Outcome {
  const outcome = plainError(401, 'InvalidAuthenticationToken', message, context);
  outcome.headers = {
    'www-authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  };
  return outcome;
}
