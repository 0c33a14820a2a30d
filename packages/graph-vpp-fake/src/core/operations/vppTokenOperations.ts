import type { OperationContract } from '../../spec/operations.js';
import { bodyProperties, type RequestBody } from '../contract/requestBody.js';
import type { ErrorContext } from '../errors/graphErrorBodies.js';
import { intuneError, plainError } from '../errors/outcomes.js';
import type { FakeState } from '../fakeState.js';
import { applySelect, type QueryOptions } from '../odata/queryOptions.js';
import type { Outcome } from '../responses.js';

/** One request that passed every check, ready for the operation to act on the store. */
export interface OperationCall {
  readonly operation: OperationContract;
  readonly params: Readonly<Record<string, string>>;
  readonly query: QueryOptions;
  readonly body: RequestBody;
  /** The root the request used, e.g. `https://graph.microsoft.com/v1.0` (for nextLinks). */
  readonly root: string;
  readonly context: ErrorContext;
}

/**
 * What each vppToken operation does to the store. The spec names the operations; this is the
 * fake's model of Intune behind them.
 */
export function runVppTokenOperation(state: FakeState, call: OperationCall): Outcome {
  const { operation, params, query, body, context } = call;
  const id = Object.values(params)[0];
  const notFound = () =>
    intuneError(
      404,
      'ResourceNotFound',
      `No vppToken with id '${id}' was found.`,
      operation,
      params,
      context,
    );
  const wrap = (vppToken: Record<string, unknown>): Outcome =>
    state.docsWrapped.has(operation.operationId)
      ? { status: 200, body: { value: vppToken }, docsWrapped: true }
      : { status: 200, body: vppToken };
  const store = state.vppTokens;

  switch (operation.operationId) {
    case 'vppTokens.list':
      return listPage(state, operation, query, call.root);
    case 'vppTokens.get': {
      const vppToken = id === undefined ? undefined : store.get(id);
      return vppToken ? wrap(applySelect(vppToken, query.select)) : notFound();
    }
    case 'vppTokens.create':
      return { status: 201, body: store.create(bodyProperties(body)) };
    case 'vppTokens.update': {
      const vppToken = id === undefined ? undefined : store.update(id, bodyProperties(body));
      if (!vppToken) return notFound();
      return state.updateResponse === 'noContent'
        ? { status: 204, undocumentedNoContent: true }
        : { status: 200, body: vppToken };
    }
    case 'vppTokens.delete':
      return id !== undefined && store.delete(id) ? { status: 204 } : notFound();
    case 'vppTokens.syncLicenses': {
      const current = id === undefined ? undefined : store.get(id);
      if (!current) return notFound();
      if (
        state.failingTokens === 'reject' &&
        state.failingStates.includes(current.state) &&
        // A sync after an upload is how a renewed token is read, so it is never refused.
        !store.hasPendingUpload(current.id)
      ) {
        return intuneError(
          400,
          'BadRequest',
          `The VPP token is ${current.state}; renew it in Apple Business Manager or Apple School Manager and upload the new token before syncing.`,
          operation,
          params,
          context,
        );
      }
      const syncing = store.startSync(current.id);
      return syncing ? wrap(syncing) : notFound();
    }
    default:
      return plainError(
        501,
        'NotImplemented',
        `graph-vpp-fake has no behaviour for ${operation.operationId} yet (it is in the spec).`,
        context,
      );
  }
}

/** One page of the list, with `@odata.nextLink` carrying the offset as `$skiptoken`. */
function listPage(
  state: FakeState,
  operation: OperationContract,
  query: QueryOptions,
  root: string,
): Outcome {
  const all = state.vppTokens.list();
  const size = Math.min(query.top ?? state.pageSize, state.pageSize);
  const offset = query.skipToken ?? 0;
  const body: Record<string, unknown> = {};
  if (query.count) body['@odata.count'] = all.length;
  if (size > 0 && offset + size < all.length) {
    const next = new URLSearchParams();
    if (query.top !== undefined) next.set('$top', String(query.top));
    if (query.select) next.set('$select', query.select.join(','));
    if (query.count !== undefined) next.set('$count', String(query.count));
    next.set('$skiptoken', String(offset + size));
    body['@odata.nextLink'] =
      `${root}${operation.pathTemplate}?${next.toString().replace(/%24/g, '$').replace(/%2C/gi, ',')}`;
  }
  body.value = all
    .slice(offset, offset + size)
    .map((vppToken) => applySelect(vppToken, query.select));
  return { status: 200, body };
}
