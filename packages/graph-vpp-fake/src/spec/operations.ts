import { spec } from './bundledSpec.js';
import type { OpenApiDocument, SpecNode } from './openApiDocument.js';
import { readDelegatedAlternatives } from './permissions.js';
import { escapePointer, list, node, text } from './specNodes.js';

export type { SpecNode };
export { spec };

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
  /** That schema itself (already dereferenced). */
  readonly schema?: SpecNode | undefined;
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
  /** Every delegated (work or school) scope the operation names, for messages. */
  readonly delegatedScopes: readonly string[];
  /**
   * The delegated scheme's security requirements, read as OpenAPI means them: a caller is
   * authorised when it holds ALL scopes of ANY ONE entry.
   */
  readonly delegatedAlternatives: readonly (readonly string[])[];
  /** Application permissions (roles) that allow the call, or `notSupported`: today's docs (current edition). */
  readonly applicationPermissions: readonly string[] | 'notSupported';
  /** Scopes a personal Microsoft account may use, or `notSupported` (current edition). */
  readonly personalAccounts: readonly string[] | 'notSupported';
  /** The seed's (2018 docs) rule for this operation: any one scope or role suffices. */
  readonly seed: PermissionEdition;
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
  /** Properties of the entity the operation answers with (of its items, for a collection): what `$select` may name. */
  readonly entityProperties: readonly string[];
  /** POST/PUT/PATCH/DELETE: counts against Intune's write budget. */
  readonly isWrite: boolean;
}

const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Every operation in the spec, in document order. */
/** One edition of a permission set: each list is "any one of", or `notSupported`. */
export interface PermissionEdition {
  /** Delegated scopes (`scp`) a work or school account may use. */
  readonly delegatedWorkOrSchool: readonly string[] | 'notSupported';
  /** Application permissions (`roles`) an app-only token may carry. */
  readonly application: readonly string[] | 'notSupported';
  /** Delegated scopes a personal Microsoft account may use. */
  readonly delegatedPersonalMicrosoftAccount: readonly string[] | 'notSupported';
}

export function readOperations(doc: OpenApiDocument = spec): OperationContract[] {
  const operations: OperationContract[] = [];
  for (const [pathTemplate, item] of Object.entries(doc.paths)) {
    const itemPointer = `/paths/${escapePointer(pathTemplate)}`;
    const pathParameters = list(item.parameters).map((p, i) => ({
      value: p,
      pointer: `${itemPointer}/parameters/${i}`,
    }));
    for (const method of methods) {
      const rawOperation = item[method];
      if (rawOperation === undefined) continue;
      const operation = node(rawOperation);
      const operationPointer = `${itemPointer}/${method}`;
      const operationId = text(operation.operationId, `${operationPointer}/operationId`);
      const { permissionSet, ...permissions } = permissionSetOf(doc, operationId);
      const delegatedAlternatives = readDelegatedAlternatives(doc, operation);
      const responses = responsesOf(operation, operationPointer);
      operations.push({
        operationId,
        method: method.toUpperCase(),
        pathTemplate,
        segments: parseTemplate(pathTemplate),
        permissionSet,
        ...permissions,
        delegatedScopes: [...new Set(delegatedAlternatives.flat())],
        delegatedAlternatives,
        queryParameters: queryParametersOf([
          ...pathParameters,
          ...list(operation.parameters).map((p, i) => ({
            value: p,
            pointer: `${operationPointer}/parameters/${i}`,
          })),
        ]),
        requestBody: requestBodyOf(operation, operationPointer),
        responses,
        entityProperties: entityPropertiesOf(responses),
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
    .map((part): PathSegment => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      return name === undefined ? { kind: 'literal', value: part } : { kind: 'parameter', name };
    });
}

/**
 * Personal-account rules (which `security` cannot express) and both editions of the set whose
 * `operations` list names this operation: `current` (today's docs, also in `security`) and
 * `seed` (the 2018 page), chosen by the fake's `permissions` option.
 */
function permissionSetOf(doc: OpenApiDocument, operationId: string) {
  const sets = node(doc.components['x-graph-vpp-permission-sets']);
  const owner = Object.entries(sets).find(([, set]) =>
    list(node(set).operations).includes(operationId),
  );
  if (owner === undefined) {
    throw new Error(
      `${operationId}: no set in components.x-graph-vpp-permission-sets lists this operation`,
    );
  }
  const [permissionSet, set] = owner;
  const editionOf = (name: 'current' | 'seed'): PermissionEdition => {
    const edition = node(node(set)[name]);
    const scopesOrNotSupported = (value: unknown) =>
      value === 'notSupported' || value === undefined
        ? ('notSupported' as const)
        : list(value).map((scope) => text(scope, `${permissionSet}.${name} scope`));
    return {
      delegatedWorkOrSchool: scopesOrNotSupported(edition.delegatedWorkOrSchool),
      application: scopesOrNotSupported(edition.application),
      delegatedPersonalMicrosoftAccount: scopesOrNotSupported(
        edition.delegatedPersonalMicrosoftAccount,
      ),
    };
  };
  const current = editionOf('current');
  return {
    permissionSet,
    applicationPermissions: current.application,
    personalAccounts: current.delegatedPersonalMicrosoftAccount,
    seed: editionOf('seed'),
  };
}

function queryParametersOf(parameters: readonly { value: unknown; pointer: string }[]) {
  const result = new Map<string, QueryParameterContract>();
  for (const { value, pointer } of parameters) {
    const parameter = node(value);
    if (parameter.in !== 'query') continue;
    const name = text(parameter.name, `${pointer}/name`);
    result.set(name.toLowerCase(), {
      name,
      schemaPointer: `${pointer}/schema`,
      schema: node(parameter.schema),
    });
  }
  return result;
}

function requestBodyOf(operation: SpecNode, operationPointer: string) {
  if (operation.requestBody === undefined) return undefined;
  const body = node(operation.requestBody);
  const schemaPointer = `${operationPointer}/requestBody/content/application~1json/schema`;
  const schema = node(node(node(body.content)['application/json']).schema);
  const properties = node(schema.properties);
  return {
    required: body.required === true,
    schemaPointer,
    readOnlyProperties: Object.entries(properties)
      .filter(([, property]) => node(property).readOnly === true)
      .map(([key]) => key),
    properties: Object.keys(properties),
  };
}

function responsesOf(operation: SpecNode, operationPointer: string) {
  const result = new Map<string, ResponseContract>();
  for (const [status, value] of Object.entries(node(operation.responses))) {
    const json = node(node(value).content)['application/json'];
    if (json === undefined) {
      result.set(status, { status });
      continue;
    }
    const docsName = list(node(json)['x-graph-vpp-docs-examples'])[0];
    result.set(status, {
      status,
      schemaPointer: `${operationPointer}/responses/${escapePointer(status)}/content/application~1json/schema`,
      schema: node(node(json).schema),
      docsWrappedSchemaPointer:
        typeof docsName === 'string'
          ? `/components/x-graph-vpp-docs-examples/${escapePointer(docsName)}/x-graph-vpp-schema`
          : undefined,
    });
  }
  return result;
}

function entityPropertiesOf(responses: ReadonlyMap<string, ResponseContract>): string[] {
  const success = [...responses.values()].find((r) => r.status.startsWith('2') && r.schema);
  const schema = node(success?.schema);
  const items = node(node(node(schema.properties).value).items);
  const entity = Object.keys(items).length > 0 ? items : schema;
  return Object.keys(node(entity.properties));
}
