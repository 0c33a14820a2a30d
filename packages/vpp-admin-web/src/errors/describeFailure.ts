import { GraphAuthError } from 'graph-vpp-auth';
import { isGraphError, SyncTimeoutError, type GraphError } from 'graph-vpp-client';

/** Who may call the vppTokens API (from its permission tables in the Graph docs). */
export const permissionHint =
  'This needs a delegated work or school account with DeviceManagementServiceConfig.ReadWrite.All.';

export const networkMessage =
  'Cannot reach Microsoft Graph. Check the network connection and try again.';

/**
 * One sentence an admin can act on, for anything a call to Graph can throw. GraphErrors keep
 * Graph's own message and request-id (what Microsoft support asks for); tokens never appear.
 */
export function describeFailure(error: unknown): string {
  if (isGraphError(error)) return describeGraphError(error);
  if (error instanceof GraphAuthError) return `Could not sign in: ${error.message}`;
  if (error instanceof SyncTimeoutError) {
    const minutes = Math.round(error.timeoutMs / 60_000);
    return `The sync was still running after ${minutes} min; Intune may still finish it. Refresh later.`;
  }
  if (error instanceof Error && error.name === 'AbortError') return 'Cancelled.';
  // fetch rejects with a TypeError when there is no answer at all (offline, DNS, CORS, reset).
  if (error instanceof TypeError) return networkMessage;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

function describeGraphError(error: GraphError): string {
  const requestId = error.requestId ? ` (request-id ${error.requestId})` : '';
  const said = error.reason; // Graph's own words; we say the status and code ourselves
  switch (error.status) {
    case 401:
      return `Microsoft Graph did not accept the sign-in (401): ${said} Sign in again.${requestId}`;
    case 403:
      return `Microsoft Graph refused the request (403): ${said} ${permissionHint}${requestId}`;
    case 429:
      return `Intune is throttling requests; try again in ${retryDelay(error.retryAfterSeconds)}.${requestId}`;
    default:
      return `Microsoft Graph answered ${error.status} ${error.code}: ${said}${requestId}`;
  }
}

function retryDelay(seconds: number | undefined): string {
  return seconds === undefined ? 'a minute' : `${Math.max(1, Math.ceil(seconds))} s`;
}

/** A failure that concerns one token (400/404/409…), not the caller, the service or the network. */
export function isSpecificToToken(error: unknown): boolean {
  return (
    isGraphError(error) &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 429].includes(error.status)
  );
}
