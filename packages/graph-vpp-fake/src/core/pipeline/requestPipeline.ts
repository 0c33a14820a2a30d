import type { OperationContract } from '../../spec/operations.js';
import { authenticate, authorize } from '../auth/authorize.js';
import { unauthenticated } from '../auth/unauthenticated.js';
import { addCorsHeaders, isCorsPreflight } from '../cors/graphCors.js';
import { checkContract } from '../contract/contractCheck.js';
import { checkRequestBody, parseRequestBody } from '../contract/requestBody.js';
import {
  maxRequestBodyBytes,
  readBodyCapped,
  unsupportedMediaType,
  type ReadBody,
} from '../contract/requestEnvelope.js';
import type { ErrorContext } from '../errors/graphErrorBodies.js';
import { intuneError, plainError } from '../errors/outcomes.js';
import type { FakeState } from '../fakeState.js';
import { injectedFault } from '../faults/injectedFault.js';
import { journalBody, pickHeaders } from '../journal/requestJournal.js';
import { parseQueryOptions } from '../odata/queryOptions.js';
import { runVppAppOperation } from '../operations/vppAppOperations.js';
import { runVppTokenOperation } from '../operations/vppTokenOperations.js';
import { toResponse, type Outcome } from '../responses.js';
import { matchBase } from '../routing/baseUrls.js';
import { admitCaller } from '../throttling/admitCaller.js';
import { answerPreflight } from './corsStep.js';
import { routeRequest } from './routeRequest.js';

/**
 * The steps every request goes through, in order. Each step either passes the request on or
 * decides the answer; the answer is then journaled, checked against the spec and sent.
 */
export async function runRequestPipeline(state: FakeState, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const base = resolveBase(state, url);
  // Browsers send preflights without a token; they are answered before auth and not journaled.
  if (isCorsPreflight(request)) return answerPreflight(state.operations, request, base);
  if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
  const body = await readBodyCapped(request);
  state.vppTokens.settle();
  const context = newErrorContext(request, state.clock.now());

  const routed = routeRequest(state.operations, request.method, base, context);
  const operation = routed.kind === 'operation' ? routed.operation : undefined;
  const outcome =
    routed.kind !== 'operation'
      ? routed.outcome
      : body.tooLarge
        ? plainError(413, 'RequestEntityTooLarge', tooLargeMessage, context)
        : answerOperation(state, request, url, body.text, routed, context);

  recordInJournal(state, { request, url, body, outcome, operation, context });
  enforceContract(state, operation, outcome);
  const response = toResponse(outcome, context);
  // Every answer, errors included, so a browser page can read 401/429 details.
  addCorsHeaders(response.headers, request);
  return response;
}

/** Which root the request used; a host the fake does not serve is the caller's mistake. */
function resolveBase(state: FakeState, url: URL) {
  const base = matchBase(url, state.bases);
  if (base.kind === 'notServed') {
    throw new TypeError(
      `graph-vpp-fake does not serve ${url.origin}: it answers the Graph cloud hosts and its baseUrl option (${state.bases.map((b) => b.href).join(', ') || 'none set'}).`,
    );
  }
  return base;
}

const tooLargeMessage = `The request body is larger than Graph's limit of ${maxRequestBodyBytes} bytes (4 MB); send less per request.`;

function recordInJournal(
  state: FakeState,
  answered: {
    request: Request;
    url: URL;
    body: ReadBody;
    outcome: Outcome;
    operation: OperationContract | undefined;
    context: ErrorContext;
  },
): void {
  const { request, url, outcome, context } = answered;
  state.journal.record({
    time: context.now,
    method: request.method,
    url: request.url,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: pickHeaders(request.headers),
    ...journalBody(answered.body, state.journal.maxBodyBytes),
    status: outcome.status,
    operationId: answered.operation?.operationId,
    requestId: context.requestId,
  });
}

/** Strict mode: an answer that breaks the spec is recorded and rejects instead of being sent. */
function enforceContract(
  state: FakeState,
  operation: OperationContract | undefined,
  outcome: Outcome,
): void {
  if (!state.strict) return;
  const violation = checkContract(operation, outcome, state.validator, state.errorSchemaPointer);
  if (violation) {
    state.violations.push(violation);
    throw violation;
  }
}

/** authenticate → scripted faults → throttling → authorize → query options → body → operation. */
function answerOperation(
  state: FakeState,
  request: Request,
  url: URL,
  bodyText: string,
  routed: { operation: OperationContract; params: Record<string, string>; root: string },
  context: ErrorContext,
): Outcome {
  const { operation, params } = routed;
  const authentication = authenticate(request.headers.get('authorization'), context.now);
  if (!authentication.ok) return unauthenticated(authentication.message, context);
  const caller = authentication.caller;

  const fault = state.faults.take(operation.operationId);
  if (fault) return injectedFault(fault, operation, params, context);
  const throttled = admitCaller(state.throttle, caller, operation, context);
  if (throttled) return throttled;
  const forbidden = authorize(caller, operation, state.permissions);
  if (forbidden) return intuneError(403, 'Forbidden', forbidden, operation, params, context);

  const query = parseQueryOptions(url, operation, state.validator, operation.entityProperties);
  if (!query.ok) return plainError(400, 'BadRequest', query.message, context);
  const mediaTypeProblem =
    bodyText === '' ? undefined : unsupportedMediaType(request.headers.get('content-type'));
  if (mediaTypeProblem) return plainError(415, 'RequestBodyRead', mediaTypeProblem, context);
  const body = parseRequestBody(bodyText);
  const badBody = checkRequestBody(operation, body, state.validator);
  if (badBody) return intuneError(400, 'BadRequest', badBody, operation, params, context);

  const call = { ...routed, query: query.options, body, context };
  return runVppAppOperation(state, call) ?? runVppTokenOperation(state, call);
}

function newErrorContext(request: Request, now: number): ErrorContext {
  const requestId = crypto.randomUUID();
  return {
    requestId,
    clientRequestId: request.headers.get('client-request-id') ?? requestId,
    now,
  };
}
