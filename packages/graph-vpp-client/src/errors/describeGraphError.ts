import { SyncTimeoutError } from '../sync/waitForSync.js';
import { isGraphError, type GraphError } from './graphError.js';
import { redactSecrets } from './redactSecrets.js';

// Graph permission names: `DeviceManagementServiceConfig.ReadWrite.All`, `User.Read`.
const permissionName = /\b[A-Z][A-Za-z]+\.(?:Read|ReadWrite|Write|ReadBasic)(?:\.[A-Za-z]+)*\b/g;

/**
 * One sentence a person can act on, for anything a call through this client can throw:
 * a `GraphError` (permission, sign-in, throttling with the wait, not found, service down, other
 * refusals with Graph's own words and the request-id support asks for), a network failure, a
 * cancellation, a sign-in failure from graph-vpp-auth, or a `waitForSync` timeout.
 *
 * Access tokens, Apple tokens and other credential-shaped strings are cut out of anything quoted.
 *
 * ```ts
 * try { await getAllVppTokens(client); } catch (error) { alert(describeGraphError(error)); }
 * ```
 */
export function describeGraphError(error: unknown): string {
  if (isGraphError(error)) return describeServiceAnswer(error);
  if (error instanceof SyncTimeoutError) {
    const minutes = Math.max(1, Math.round(error.timeoutMs / 60_000));
    return `The sync was still running after ${minutes} min; Intune may still finish it, so refresh later.`;
  }
  if (isCancellation(error)) return 'The request was cancelled before Microsoft Graph answered.';
  // fetch rejects with a TypeError when nothing answered at all (offline, DNS, CORS, reset).
  if (error instanceof TypeError) {
    return 'Cannot reach Microsoft Graph; check the network connection and try again.';
  }
  // graph-vpp-auth's error, recognised by name so the client does not depend on the auth package.
  if (error instanceof Error && error.name === 'GraphAuthError') {
    return `Could not sign in: ${quote(error.message)}`;
  }
  const text = error instanceof Error ? error.message : String(error);
  return `Something went wrong: ${quote(text)}`;
}

function describeServiceAnswer(error: GraphError): string {
  const said = quote(error.reason);
  const ids = error.requestId ? ` (request-id ${error.requestId})` : '';
  const { status } = error;
  if (status === 401) {
    return `Microsoft Graph did not accept the sign-in (401): ${said} Sign in again.${ids}`;
  }
  if (status === 403)
    return `Microsoft Graph refused the request (403): ${permissionHint(said)}${ids}`;
  if (status === 404) {
    return `Microsoft Graph found no such VPP token (404); it may have been deleted, so refresh the list.${ids}`;
  }
  if (status === 429) {
    return `Intune is throttling requests; try again in ${wait(error.retryAfterSeconds, 'a minute')}.${ids}`;
  }
  if (status >= 500) {
    const when = wait(error.retryAfterSeconds, 'a few minutes');
    return `Microsoft Graph is not available right now (${status} ${error.code}); try again in ${when}.${ids}`;
  }
  return `Microsoft Graph refused the request (${status} ${error.code}): ${said}${ids}`;
}

function permissionHint(said: string): string {
  const named = [...new Set(said.match(permissionName) ?? [])];
  // Intune's app-only refusal: "… as called in app only context but does not have application
  // permissions configured." Today's Graph accepts application permissions; name them when Graph does.
  if (/app(lication)?[ -]?only/i.test(said)) {
    return named.length > 0
      ? `the app is missing the application permission ${named.join(' or ')} (grant it to the app registration, with admin consent).`
      : 'app-only tokens are refused for this call; grant the app an application permission, or sign in with a work or school account.';
  }
  if (named.length > 0) {
    return `the signed-in account is missing the permission ${named.join(' or ')}.`;
  }
  return `${said} The account needs DeviceManagementServiceConfig.ReadWrite.All (delegated).`;
}

function wait(seconds: number | undefined, unknown: string): string {
  return seconds === undefined ? unknown : `${Math.max(1, Math.ceil(seconds))} s`;
}

function isCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** Quoted text, redacted, trimmed to one readable sentence's length, ending in a full stop. */
function quote(text: string): string {
  const clean = redactSecrets(text).replace(/\s+/g, ' ').trim();
  const short = clean.length > 300 ? `${clean.slice(0, 297)}…` : clean;
  return /[.!?…]$/.test(short) ? short : `${short}.`;
}
