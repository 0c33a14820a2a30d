import { type GraphError, isGraphError } from 'graph-vpp-client';
import { GraphAuthError } from 'graph-vpp-auth';
import { CliError, exitCodes } from '../exitCodes.js';

/**
 * Turns what a call threw into the CLI's error with the right exit code. 401/403 are explained
 * from the token's own claims (never printing the token).
 */
export function toCliError(error: unknown, diagnose: () => string[]): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof GraphAuthError)
    return new CliError(`Authentication failed: ${error.message}`, exitCodes.auth);
  if (isGraphError(error) && (error.status === 401 || error.status === 403)) {
    const reasons = diagnose();
    const why = reasons.length > 0 ? `\nWhy: ${reasons.join('; ')}.` : '';
    const hint =
      error.status === 403
        ? '\nThis API needs DeviceManagementServiceConfig.ReadWrite.All: delegated for a work or school account, or as an application permission (admin-consented) for --client-credentials and --managed-identity.'
        : '\nSign in again or pass a fresh token.';
    return new CliError(
      `Graph refused the request: ${error.message}${requestIdOf(error)}${why}${hint}`,
      exitCodes.auth,
    );
  }
  if (isGraphError(error))
    return new CliError(
      `Graph answered with an error: ${error.message}${requestIdOf(error)}`,
      exitCodes.service,
    );
  if (error instanceof Error && error.name === 'AbortError')
    return new CliError('Cancelled.', exitCodes.service);
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`Could not reach Graph: ${message}`, exitCodes.service);
}

export function isAuthFailure(error: unknown): boolean {
  return (
    error instanceof GraphAuthError ||
    (isGraphError(error) && (error.status === 401 || error.status === 403))
  );
}

function requestIdOf(error: GraphError): string {
  return error.requestId ? ` (request-id ${error.requestId})` : '';
}
