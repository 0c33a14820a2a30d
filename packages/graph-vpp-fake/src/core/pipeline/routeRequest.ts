import type { OperationContract } from '../../spec/operations.js';
import type { ErrorContext } from '../errors/graphErrorBodies.js';
import { plainError } from '../errors/outcomes.js';
import type { Outcome } from '../responses.js';
import type { BaseMatch } from '../routing/baseUrls.js';
import { matchRoute } from '../routing/routeTable.js';

/** The operation a request addresses, or the gateway's answer when it addresses none. */
export type RoutedRequest =
  | {
      kind: 'operation';
      operation: OperationContract;
      params: Record<string, string>;
      root: string;
    }
  | { kind: 'answered'; outcome: Outcome };

export function routeRequest(
  operations: readonly OperationContract[],
  method: string,
  base: Exclude<BaseMatch, { kind: 'notServed' }>,
  context: ErrorContext,
): RoutedRequest {
  if (base.kind === 'unknownVersion') {
    const outcome = plainError(
      404,
      'ResourceNotFound',
      `Invalid version: ${base.version}`,
      context,
    );
    return { kind: 'answered', outcome };
  }
  const route = matchRoute(operations, method, base.segments);
  if (route.kind === 'operation') {
    return { kind: 'operation', operation: route.operation, params: route.params, root: base.root };
  }
  if (route.kind === 'methodNotAllowed') {
    const allowed = route.allowed.join(', ');
    const outcome = plainError(
      405,
      'MethodNotAllowed',
      `The HTTP method '${method}' is not allowed on this resource (allowed: ${allowed}).`,
      context,
    );
    outcome.headers = { allow: allowed };
    return { kind: 'answered', outcome };
  }
  const outcome = plainError(
    400,
    'BadRequest',
    `Resource not found for the segment '${route.segment}'.`,
    context,
  );
  return { kind: 'answered', outcome };
}
