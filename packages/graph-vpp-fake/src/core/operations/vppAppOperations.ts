import { intuneError } from '../errors/outcomes.js';
import type { FakeState } from '../fakeState.js';
import { matchesFilter } from '../odata/filter.js';
import { applySelect } from '../odata/queryOptions.js';
import type { Outcome } from '../responses.js';
import { nextLinkFor } from './paging.js';
import type { OperationCall } from './vppTokenOperations.js';

/** What the iosVppApp reads answer: Intune's view of the apps (stale until a sync completes). */
export function runVppAppOperation(state: FakeState, call: OperationCall): Outcome | undefined {
  const { operation, params, query, context } = call;
  switch (operation.operationId) {
    case 'iosVppApps.list': {
      // Settle first: a sync that finished on the clock copies Apple's counts before we read.
      state.vppTokens.settle();
      const all = state.vppApps.list().filter((app) => matchesFilter(app, query.filter ?? []));
      const size = Math.min(query.top ?? state.pageSize, state.pageSize);
      const offset = query.skipToken ?? 0;
      const body: Record<string, unknown> = {};
      const next = nextLinkFor(call, query, offset, size, all.length);
      if (next) body['@odata.nextLink'] = next;
      body.value = all.slice(offset, offset + size).map((app) => applySelect(app, query.select));
      return { status: 200, body };
    }
    case 'iosVppApps.get': {
      state.vppTokens.settle();
      const id = params.mobileAppId;
      const app = id === undefined ? undefined : state.vppApps.get(id);
      if (app) return { status: 200, body: applySelect(app, query.select) };
      return intuneError(
        404,
        'ResourceNotFound',
        `No iosVppApp with id '${id ?? ''}' was found.`,
        operation,
        params,
        context,
      );
    }
    default:
      return undefined;
  }
}
