import type { OperationContract } from '../../spec/operations.js';
import { corsPreflightResponse } from '../cors/graphCors.js';
import type { BaseMatch } from '../routing/baseUrls.js';
import { matchRoute } from '../routing/routeTable.js';

/**
 * The preflight answer for a Graph route: the methods the spec defines on that path. A path the
 * fake does not know still gets a permissive preflight, so the real request reaches the fake and
 * the browser sees Graph's 400/404 instead of an opaque CORS failure.
 */
export function answerPreflight(
  operations: readonly OperationContract[],
  request: Request,
  base: Exclude<BaseMatch, { kind: 'notServed' }>,
): Response {
  const requested = request.headers.get('access-control-request-method') ?? 'GET';
  let allowed: readonly string[] = [requested];
  if (base.kind === 'api') {
    // No operation uses OPTIONS, so a known path answers with every method it has.
    const route = matchRoute(operations, 'OPTIONS', base.segments);
    if (route.kind === 'methodNotAllowed') allowed = route.allowed;
  }
  return corsPreflightResponse(request, allowed);
}
