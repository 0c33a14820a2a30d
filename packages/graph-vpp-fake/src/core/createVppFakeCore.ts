import { authenticate, authorize, type Caller } from '../auth/authorize.js';
import { mintAccessToken, type MintTokenOptions } from '../auth/accessToken.js';
import { createFakeClock, toEpochMs, type FakeClock } from '../clock/fakeClock.js';
import {
  deref,
  readOperations,
  resolvePointer,
  spec,
  type OperationContract,
  type SpecNode,
} from '../contract/operations.js';
import { SchemaValidator } from '../contract/schemaValidator.js';
import { FakeContractError } from '../errors/fakeContractError.js';
import {
  defaultErrorCode,
  graphErrorBody,
  intuneMessage,
  throttledBody,
  type ErrorContext,
} from '../errors/graphErrorBodies.js';
import { FaultQueue, type FailNextOptions } from '../faults/faultQueue.js';
import { pickHeaders, type JournalEntry } from '../journal/requestJournal.js';
import { applySelect, parseQueryOptions, type QueryOptions } from '../odata/queryOptions.js';
import { matchBase, parseCustomBase, type CustomBase } from '../routing/graphHosts.js';
import { matchRoute } from '../routing/routeTable.js';
import { defaultVppTokens } from '../store/defaultVppTokens.js';
import type { VppTokenRecord } from '../store/vppToken.js';
import { VppTokenStore } from '../store/vppTokenStore.js';
import { formatRetryAfter, SlidingWindowThrottle } from '../throttling/throttle.js';
import type { VppFakeOptions } from './options.js';
import { toResponse, type Outcome } from './responses.js';

/** The fake without its msw adapter (the server entry uses this, so it needs no msw). */
export interface VppFakeCore {
  /** Answers one request like Graph would. Rejects with `FakeContractError` on a spec violation (strict mode). */
  handle(request: Request): Promise<Response>;
  /** A drop-in `fetch` that answers from the fake; rejects with a TypeError for hosts it does not serve. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Whether a URL is on a Graph cloud host or one of the fake's base URLs. */
  serves(url: string | URL): boolean;
  /** Also answer on this root, e.g. `http://127.0.0.1:1234/v1.0`. */
  addBaseUrl(baseUrl: string): void;
  /** The fake's time; satisfies graph-vpp-client's `Clock`. */
  readonly clock: FakeClock;
  /** Every request answered since the last `reset()`, oldest first. */
  readonly requests: readonly JournalEntry[];
  /** Strict-mode violations since the last `reset()`. */
  readonly contractViolations: readonly FakeContractError[];
  /** Throws the first contract violation, if any was recorded. */
  assertNoContractViolations(): void;
  /** The stored tokens, as a GET would see them (copies). */
  listTokens(): VppTokenRecord[];
  /** One stored token, as a GET would see it (a copy), or undefined. */
  getToken(id: string): VppTokenRecord | undefined;
  /** An unsigned test JWT this fake accepts (`alg: none`), timed by the fake clock. */
  mintToken(options?: MintTokenOptions): string;
  /** Scripts the next matching request(s) to fail with `status`. */
  failNext(options: FailNextOptions): void;
  /** Restores the seed tokens and the clock's start time; clears the journal, violations, scripted faults and throttling budgets. */
  reset(): void;
  /** The operations read from the bundled spec. */
  readonly operations: readonly OperationContract[];
}

const noBody = Symbol('no body');
const badJson = Symbol('bad json');
type ParsedBody = unknown;

/**
 * Creates the fake's core: `(request) => Promise<Response>` over an in-memory store and a clock
 * it owns. Routes, permissions and schemas all come from the bundled spec.
 */
export function createVppFakeCore(options: VppFakeOptions = {}): VppFakeCore {
  const operations = readOperations();
  const validator = new SchemaValidator();
  const pageSize = positiveInteger(options.pageSize ?? 1000, 'pageSize');
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  const strict = options.strict ?? true;
  const failingStates = options.sync?.failingStates ?? ['expired', 'invalid'];
  const failingTokens = options.sync?.failingTokens ?? 'accept';
  const syncDurationMs = Math.max(0, options.sync?.durationMs ?? 30_000);
  const docsWrapped = resolveDocsWrapped(operations, options.docsWrappedResponses ?? false);
  const throttle = options.throttling
    ? new SlidingWindowThrottle(options.throttling === true ? {} : options.throttling)
    : undefined;
  const bases: CustomBase[] = [];
  const addBaseUrl = (baseUrl: string) => {
    const base = parseCustomBase(baseUrl);
    if (!bases.some((b) => b.href === base.href)) bases.push(base);
  };
  for (const baseUrl of [options.baseUrl ?? []].flat()) addBaseUrl(baseUrl);

  // The clock settles running syncs whenever a test moves it (`tokens` exists by then).
  const { clock, restart: restartClock } = createFakeClock(
    options.startTime === undefined ? Date.now() : toEpochMs(options.startTime),
    () => tokens.settle(),
  );
  const tokens = new VppTokenStore(
    options.tokens ?? defaultVppTokens,
    { durationMs: syncDurationMs, failingStates },
    newGuid,
    clock.now,
  );
  const faults = new FaultQueue(operations.map((o) => o.operationId));
  const journal: JournalEntry[] = [];
  const violations: FakeContractError[] = [];
  const errorSchemaPointer = operations
    .map((o) => o.responses.get('4XX')?.schemaPointer)
    .find((pointer) => pointer !== undefined);

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const base = matchBase(url, bases);
    if (base.kind === 'notServed') {
      throw new TypeError(
        `graph-vpp-fake does not serve ${url.origin}: it answers the Graph cloud hosts and its baseUrl option (${bases.map((b) => b.href).join(', ') || 'none set'}).`,
      );
    }
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const bodyText =
      request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    tokens.settle();
    const now = clock.now();
    const requestId = newGuid();
    const context: ErrorContext = {
      requestId,
      clientRequestId: request.headers.get('client-request-id') ?? requestId,
      now,
    };
    let operation: OperationContract | undefined;
    let outcome: Outcome;
    if (base.kind === 'unknownVersion') {
      outcome = plainError(404, 'ResourceNotFound', `Invalid version: ${base.version}`, context);
    } else {
      const route = matchRoute(operations, request.method, base.segments);
      if (route.kind === 'operation') {
        operation = route.operation;
        outcome = answer(request, url, bodyText, route.operation, route.params, base.root, context);
      } else if (route.kind === 'methodNotAllowed') {
        outcome = plainError(
          405,
          'MethodNotAllowed',
          `The HTTP method '${request.method}' is not allowed on this resource (allowed: ${route.allowed.join(', ')}).`,
          context,
        );
        outcome.headers = { allow: route.allowed.join(', ') };
      } else {
        const segment = route.kind === 'unknownSegment' ? route.segment : route.segment;
        outcome = plainError(
          400,
          'BadRequest',
          `Resource not found for the segment '${segment}'.`,
          context,
        );
      }
    }

    journal.push({
      time: now,
      method: request.method,
      url: request.url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: pickHeaders(request.headers),
      body: parseForJournal(bodyText),
      status: outcome.status,
      operationId: operation?.operationId,
      requestId,
    });
    if (strict) {
      const violation = checkContract(operation, outcome);
      if (violation) {
        violations.push(violation);
        throw violation;
      }
    }
    return toResponse(outcome, { ...context, now });
  }

  function answer(
    request: Request,
    url: URL,
    bodyText: string,
    operation: OperationContract,
    params: Record<string, string>,
    root: string,
    context: ErrorContext,
  ): Outcome {
    const authentication = authenticate(request.headers.get('authorization'), context.now);
    if (!authentication.ok) {
      const outcome = plainError(
        401,
        'InvalidAuthenticationToken',
        authentication.message,
        context,
      );
      outcome.headers = {
        'www-authenticate':
          'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
      };
      return outcome;
    }
    const caller = authentication.caller;
    const fault = faults.take(operation.operationId);
    if (fault) return injectedFault(fault, operation, params, context);
    const throttled = admit(caller, operation, context);
    if (throttled) return throttled;
    const intune = (status: number, code: string, readable: string) =>
      intuneError(status, code, readable, operation, params, context);
    const forbidden = authorize(caller, operation);
    if (forbidden) return intune(403, 'Forbidden', forbidden);

    const selectable = entityProperties(operation);
    const query = parseQueryOptions(url, operation, validator, selectable);
    if (!query.ok) return plainError(400, 'BadRequest', query.message, context);

    const body = parseBody(bodyText);
    if (operation.requestBody) {
      const problem = checkRequestBody(operation, body);
      if (problem) return intune(400, 'BadRequest', problem);
    } else if (body !== noBody) {
      return intune(
        400,
        'BadRequest',
        'This operation does not accept a request body; do not supply one.',
      );
    }

    const id = Object.values(params)[0];
    const notFound = () =>
      intune(404, 'ResourceNotFound', `No vppToken with id '${id}' was found.`);
    const wrap = (token: Record<string, unknown>): Outcome =>
      docsWrapped.has(operation.operationId)
        ? { status: 200, body: { value: token }, docsWrapped: true }
        : { status: 200, body: token };

    // The spec names the operations; what each does to the store is the fake's model of Intune.
    switch (operation.operationId) {
      case 'vppTokens.list':
        return listPage(operation, query.options, root);
      case 'vppTokens.get': {
        const token = id === undefined ? undefined : tokens.get(id);
        return token ? wrap(applySelect(token, query.options.select)) : notFound();
      }
      case 'vppTokens.create':
        return { status: 201, body: tokens.create(withoutODataType(body)) };
      case 'vppTokens.update': {
        const token = id === undefined ? undefined : tokens.update(id, withoutODataType(body));
        return token ? { status: 200, body: token } : notFound();
      }
      case 'vppTokens.delete':
        return id !== undefined && tokens.delete(id) ? { status: 204 } : notFound();
      case 'vppTokens.syncLicenses': {
        const current = id === undefined ? undefined : tokens.get(id);
        if (!current) return notFound();
        if (failingTokens === 'reject' && failingStates.includes(current.state)) {
          return intune(
            400,
            'BadRequest',
            `The VPP token is ${current.state}; renew it in Apple Business Manager or Apple School Manager and upload the new token before syncing.`,
          );
        }
        return wrap(tokens.startSync(current.id)!);
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

  function listPage(operation: OperationContract, query: QueryOptions, root: string): Outcome {
    const all = tokens.list();
    const size = Math.min(query.top ?? pageSize, pageSize);
    const offset = query.skipToken ?? 0;
    const page = all.slice(offset, offset + size);
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
    body['value'] = page.map((token) => applySelect(token, query.select));
    return { status: 200, body };
  }

  function admit(caller: Caller, operation: OperationContract, context: ErrorContext) {
    if (!throttle) return undefined;
    const decision = throttle.admit(
      `${caller.tenantId}|${caller.appId}`,
      operation.isWrite,
      context.now,
    );
    if (decision.allowed) return undefined;
    return {
      status: 429,
      body: throttledBody(context),
      headers: { 'retry-after': formatRetryAfter(decision.retryAfterMs) },
    } satisfies Outcome;
  }

  function injectedFault(
    fault: FailNextOptions,
    operation: OperationContract,
    params: Record<string, string>,
    context: ErrorContext,
  ): Outcome {
    const headers: Record<string, string> = {};
    if (fault.retryAfter !== undefined || fault.status === 429) {
      headers['retry-after'] = String(fault.retryAfter ?? 0);
    }
    if (fault.status === 429 && fault.code === undefined && fault.message === undefined) {
      return { status: 429, body: throttledBody(context), headers };
    }
    const code = fault.code ?? defaultErrorCode(fault.status);
    const readable = fault.message ?? `Injected by graph-vpp-fake failNext() (${fault.status}).`;
    const outcome =
      fault.status >= 500
        ? plainError(fault.status, code, readable, context)
        : intuneError(fault.status, code, readable, operation, params, context);
    outcome.headers = headers;
    return outcome;
  }

  function checkRequestBody(operation: OperationContract, body: ParsedBody): string | undefined {
    const contract = operation.requestBody!;
    if (body === noBody) return contract.required ? 'A request body is required.' : undefined;
    if (body === badJson) {
      return 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';
    }
    const check = validator.check(contract.schemaPointer, body);
    if (!check.valid) return `Invalid vppToken in the request body: ${check.errors.join('; ')}.`;
    const readOnly = contract.readOnlyProperties.filter((p) => p in (body as object));
    if (readOnly.length > 0) {
      return `The property '${readOnly[0]}' is read-only and cannot be set by the client (read-only: ${contract.readOnlyProperties.join(', ')}).`;
    }
    return undefined;
  }

  function checkContract(
    operation: OperationContract | undefined,
    outcome: Outcome,
  ): FakeContractError | undefined {
    const id = operation?.operationId;
    let pointer: string | undefined;
    if (operation) {
      const response =
        operation.responses.get(String(outcome.status)) ??
        operation.responses.get(`${String(outcome.status)[0]}XX`) ??
        operation.responses.get('default');
      if (!response) {
        return new FakeContractError(
          id,
          outcome.status,
          `/paths`,
          [`status ${outcome.status} is not a documented response of ${id}`],
          outcome.body,
        );
      }
      pointer = outcome.docsWrapped ? response.docsWrappedSchemaPointer : response.schemaPointer;
      if (!pointer) {
        return outcome.body === undefined
          ? undefined
          : new FakeContractError(
              id,
              outcome.status,
              '(no content)',
              ['the spec declares no body for this response'],
              outcome.body,
            );
      }
    } else {
      pointer = errorSchemaPointer;
      if (!pointer) return undefined;
    }
    if (outcome.body === undefined) {
      return new FakeContractError(
        id,
        outcome.status,
        pointer,
        ['the spec declares a JSON body but none was sent'],
        undefined,
      );
    }
    const check = validator.check(pointer, outcome.body);
    return check.valid
      ? undefined
      : new FakeContractError(id, outcome.status, pointer, check.errors, outcome.body);
  }

  const entityPropertyCache = new Map<string, string[]>();
  function entityProperties(operation: OperationContract): string[] {
    const cached = entityPropertyCache.get(operation.operationId);
    if (cached) return cached;
    const pointer = [...operation.responses.values()].find((r) =>
      r.status.startsWith('2'),
    )?.schemaPointer;
    let schema = pointer
      ? (deref(spec, resolvePointer(spec, pointer), pointer).value as SpecNode)
      : {};
    const properties = (schema['properties'] ?? {}) as SpecNode;
    const items = (properties['value'] as SpecNode | undefined)?.['items'];
    if (items) schema = deref(spec, items, '').value as SpecNode;
    const names = Object.keys((schema['properties'] ?? {}) as SpecNode);
    entityPropertyCache.set(operation.operationId, names);
    return names;
  }

  function intuneError(
    status: number,
    code: string,
    readable: string,
    operation: OperationContract,
    params: Record<string, string>,
    context: ErrorContext,
  ): Outcome {
    const path = operation.segments
      .map((segment) =>
        segment.kind === 'literal' ? `/${segment.value}` : `('${params[segment.name] ?? ''}')`,
      )
      .join('');
    const message = intuneMessage(readable, {
      operationId: newGuid(),
      activityId: context.requestId,
      url: `https://fef.msub02.manage.microsoft.com/AppleVppService${path}?api-version=2024-01-01`,
    });
    return { status, body: graphErrorBody(code, message, context) };
  }

  const core: VppFakeCore = {
    handle,
    fetch: (input, init) => {
      let request: Request;
      try {
        request = new Request(input, init);
      } catch (error) {
        return Promise.reject(error);
      }
      return handle(request);
    },
    serves: (url) => matchBase(new URL(url), bases).kind !== 'notServed',
    addBaseUrl,
    clock,
    requests: journal,
    contractViolations: violations,
    assertNoContractViolations() {
      if (violations.length > 0) throw violations[0];
    },
    listTokens: () => tokens.list(),
    getToken: (id) => tokens.get(id),
    mintToken: (mintOptions) => mintAccessToken(clock.now(), mintOptions),
    failNext: (fault) => faults.add(fault),
    reset() {
      restartClock();
      tokens.reset();
      journal.length = 0;
      violations.length = 0;
      faults.clear();
      throttle?.reset();
    },
    operations,
  };
  return core;
}

function plainError(status: number, code: string, message: string, context: ErrorContext): Outcome {
  return { status, body: graphErrorBody(code, message, context) };
}

function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return noBody;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return badJson;
  }
}

function parseForJournal(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function withoutODataType(body: unknown): Record<string, unknown> {
  const { '@odata.type': _type, ...rest } = body as Record<string, unknown>;
  void _type;
  return rest;
}

function resolveDocsWrapped(
  operations: readonly OperationContract[],
  option: boolean | readonly string[],
): Set<string> {
  const wrappable = operations
    .filter((o) => [...o.responses.values()].some((r) => r.docsWrappedSchemaPointer))
    .map((o) => o.operationId);
  if (option === true) return new Set(wrappable);
  if (option === false) return new Set();
  for (const id of option) {
    if (!wrappable.includes(id)) {
      throw new RangeError(
        `docsWrappedResponses: ${id} has no docs-wrapped form in the spec (operations that do: ${wrappable.join(', ')})`,
      );
    }
  }
  return new Set(option);
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function newGuid(): string {
  return crypto.randomUUID();
}
