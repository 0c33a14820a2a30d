import { vppTokensSpec } from './vppTokensSpec.js';

/** A node of the parsed OpenAPI document. */
export type SpecNode = { readonly [key: string]: unknown };

/** One segment of a path template: a literal (`vppTokens`) or a parameter (`{vppTokenId}`). */
export type PathSegment =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'parameter'; readonly name: string };

export interface QueryParameterContract {
  /** As written in the spec, e.g. `$top`. */
  readonly name: string;
  /** JSON pointer of its schema inside the spec. */
  readonly schemaPointer: string;
  readonly schema: SpecNode;
}

export interface ResponseContract {
  /** `200`, `201`, `204`, or a range key such as `4XX`. */
  readonly status: string;
  /** JSON pointer of the `application/json` schema, when the response has a body. */
  readonly schemaPointer?: string | undefined;
  /** JSON pointer of the docs' wrapped form (`{"value": …}`), when the spec keeps one. */
  readonly docsWrappedSchemaPointer?: string | undefined;
}

/** What the spec says about one operation; everything the fake enforces comes from here. */
export interface OperationContract {
  /** The spec's operationId, e.g. `vppTokens.syncLicenses`. */
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** e.g. `/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses`. */
  readonly pathTemplate: string;
  /** `pathTemplate` split into literal and parameter segments. */
  readonly segments: readonly PathSegment[];
  /** The set in `components.x-graph-vpp-permission-sets` whose `operations` list this one. */
  readonly permissionSet: string;
  /** Delegated (work or school) scopes of which the caller needs at least one: the operation's `security` alternatives. */
  readonly delegatedScopes: readonly string[];
  /** Application permissions that allow the call, or `notSupported` (delegated access only). */
  readonly applicationPermissions: readonly string[] | 'notSupported';
  /** Scopes a personal Microsoft account may use, or `notSupported`. */
  readonly personalAccounts: readonly string[] | 'notSupported';
  /** Query options the spec declares, keyed by lower-case name. */
  readonly queryParameters: ReadonlyMap<string, QueryParameterContract>;
  /** The request body the spec declares, if any. */
  readonly requestBody?:
    | {
        /** Whether a body is required. */
        readonly required: boolean;
        /** JSON pointer of the body's `application/json` schema. */
        readonly schemaPointer: string;
        /** Properties marked `readOnly: true` in the body schema. */
        readonly readOnlyProperties: readonly string[];
        /** Every property the body schema declares. */
        readonly properties: readonly string[];
      }
    | undefined;
  /** The responses the spec declares, keyed by status (`200`, `4XX`, …). */
  readonly responses: ReadonlyMap<string, ResponseContract>;
  /** POST/PUT/PATCH/DELETE: counts against Intune's write budget. */
  readonly isWrite: boolean;
}

const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** The spec as plain data (the bundled module types it as a deep readonly literal). */
export const spec = vppTokensSpec as unknown as SpecNode;

/** Every operation in the spec, in document order. */
export function readOperations(doc: SpecNode = spec): OperationContract[] {
  const operations: OperationContract[] = [];
  const paths = node(doc['paths']);
  for (const [pathTemplate, rawItem] of Object.entries(paths)) {
    const item = node(rawItem);
    const pathParameters = list(item['parameters']);
    for (const method of methods) {
      const rawOperation = item[method];
      if (rawOperation === undefined) continue;
      const operation = node(rawOperation);
      const operationPointer = `/paths/${escapePointer(pathTemplate)}/${method}`;
      const operationId = text(operation['operationId'], `${operationPointer}/operationId`);
      const { permissionSet, ...permissions } = permissionsOf(doc, operation, operationId);
      operations.push({
        operationId,
        method: method.toUpperCase(),
        pathTemplate,
        segments: parseTemplate(pathTemplate),
        permissionSet,
        ...permissions,
        queryParameters: queryParametersOf(doc, [
          ...pathParameters,
          ...list(operation['parameters']),
        ]),
        requestBody: requestBodyOf(doc, operation, operationPointer),
        responses: responsesOf(doc, operation, operationPointer),
        isWrite: method !== 'get',
      });
    }
  }
  return operations;
}

/** Splits `/a/{b}/c` into literal and parameter segments. */
export function parseTemplate(template: string): PathSegment[] {
  return template
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      const parameter = /^\{(.+)\}$/.exec(part);
      return parameter
        ? { kind: 'parameter', name: parameter[1]! }
        : { kind: 'literal', value: part };
    });
}

/**
 * Delegated scopes from the operation's `security` alternatives (one requirement object per
 * scope: any one suffices). Application and personal-account access still follow the set's
 * `seed` edition (refused) until the fake grows a `permissions: 'current' | 'seed'` option.
 */
function permissionsOf(doc: SpecNode, operation: SpecNode, operationId: string) {
  const delegatedScopes: string[] = [];
  for (const requirement of list(operation['security'])) {
    const scopes = node(requirement)['azureAdDelegated'];
    if (scopes === undefined) continue;
    const [scope, ...more] = list(scopes);
    if (more.length > 0 || typeof scope !== 'string') {
      throw new Error(
        `${operationId}: each security requirement must name one scope (alternatives); got ${JSON.stringify(requirement)}`,
      );
    }
    delegatedScopes.push(scope);
  }
  const sets = node(node(doc['components'])['x-graph-vpp-permission-sets']);
  const owner = Object.entries(sets).find(([, set]) =>
    list(node(set)['operations']).includes(operationId),
  );
  if (owner === undefined) {
    throw new Error(
      `${operationId}: no set in components.x-graph-vpp-permission-sets lists this operation`,
    );
  }
  const [permissionSet, set] = owner;
  const seed = node(node(set)['seed']);
  const scopesOrNotSupported = (value: unknown) =>
    value === 'notSupported' || value === undefined
      ? ('notSupported' as const)
      : list(value).map((scope) => text(scope, `${permissionSet}.seed scope`));
  return {
    permissionSet,
    delegatedScopes,
    applicationPermissions: scopesOrNotSupported(seed['application']),
    personalAccounts: scopesOrNotSupported(seed['delegatedPersonalMicrosoftAccount']),
  };
}

function queryParametersOf(doc: SpecNode, parameters: unknown[]) {
  const result = new Map<string, QueryParameterContract>();
  for (const raw of parameters) {
    const { value, pointer } = deref(doc, raw, '');
    const parameter = node(value);
    if (parameter['in'] !== 'query') continue;
    const name = text(parameter['name'], `${pointer}/name`);
    result.set(name.toLowerCase(), {
      name,
      schemaPointer: `${pointer}/schema`,
      schema: node(parameter['schema']),
    });
  }
  return result;
}

function requestBodyOf(doc: SpecNode, operation: SpecNode, operationPointer: string) {
  if (operation['requestBody'] === undefined) return undefined;
  const { value, pointer } = deref(
    doc,
    operation['requestBody'],
    `${operationPointer}/requestBody`,
  );
  const body = node(value);
  const schemaPointer = `${pointer}/content/application~1json/schema`;
  const schema = deref(doc, resolvePointer(doc, schemaPointer), schemaPointer).value;
  const properties = node(node(schema)['properties']);
  return {
    required: body['required'] === true,
    schemaPointer,
    readOnlyProperties: Object.entries(properties)
      .filter(([, property]) => node(property)['readOnly'] === true)
      .map(([key]) => key),
    properties: Object.keys(properties),
  };
}

function responsesOf(doc: SpecNode, operation: SpecNode, operationPointer: string) {
  const result = new Map<string, ResponseContract>();
  for (const [status, raw] of Object.entries(node(operation['responses']))) {
    const { value, pointer } = deref(doc, raw, `${operationPointer}/responses/${status}`);
    const json = node(value)['content'] && node(node(value)['content'])['application/json'];
    if (json === undefined) {
      result.set(status, { status });
      continue;
    }
    const docsExamples = list(node(json)['x-graph-vpp-docs-examples']);
    const docsName = docsExamples[0];
    result.set(status, {
      status,
      schemaPointer: `${pointer}/content/application~1json/schema`,
      docsWrappedSchemaPointer:
        typeof docsName === 'string'
          ? `/components/x-graph-vpp-docs-examples/${escapePointer(docsName)}/x-graph-vpp-schema`
          : undefined,
    });
  }
  return result;
}

/** Follows `$ref`s; returns the node and the JSON pointer it lives at. */
export function deref(
  doc: SpecNode,
  value: unknown,
  pointer: string,
): { value: unknown; pointer: string } {
  const ref = value && typeof value === 'object' ? (value as SpecNode)['$ref'] : undefined;
  if (typeof ref !== 'string') return { value, pointer };
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  const target = ref.slice(1);
  return deref(doc, resolvePointer(doc, target), target);
}

export function resolvePointer(doc: SpecNode, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((current, part) => {
      const next = current && typeof current === 'object' ? (current as SpecNode)[part] : undefined;
      if (next === undefined) throw new Error(`JSON pointer ${pointer} does not resolve`);
      return next;
    }, doc);
}

export function escapePointer(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}

function node(value: unknown): SpecNode {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as SpecNode) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`spec: expected a string at ${where}`);
  return value;
}
