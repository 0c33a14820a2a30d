import type { OperationContract } from '../../spec/operations.js';
import type { SchemaValidator } from '../contract/schemaValidator.js';
import { parseFilter, type EqualityClause } from './filter.js';

/** The query options the fake implements (those the spec declares, plus its own `$skiptoken`). */
export interface QueryOptions {
  top?: number | undefined;
  /** Canonical property names. */
  select?: string[] | undefined;
  count?: boolean | undefined;
  /** Offset carried by the fake's `@odata.nextLink`. */
  skipToken?: number | undefined;
  /** `$filter`, read into equality clauses (see `parseFilter`). */
  filter?: EqualityClause[] | undefined;
  /** `$filter` as sent, for next links. */
  filterText?: string | undefined;
}

export type ParsedQuery = { ok: true; options: QueryOptions } | { ok: false; message: string };

/**
 * Reads the `$`-options of a request. Only the options the spec declares for the operation are
 * accepted (each validated against its schema in the spec); others get OData's 400 answer.
 */
export function parseQueryOptions(
  url: URL,
  operation: OperationContract,
  validator: SchemaValidator,
  selectable: readonly string[],
): ParsedQuery {
  const options: QueryOptions = {};
  const seen = new Set<string>();
  const pageable = operation.queryParameters.has('$top');
  for (const [key, raw] of url.searchParams) {
    if (!key.startsWith('$')) continue;
    const lower = key.toLowerCase();
    if (seen.has(lower))
      return fail(
        `Query option '${key}' was specified more than once, but it must be specified at most once.`,
      );
    seen.add(lower);
    if (lower === '$skiptoken' && pageable) {
      if (!/^\d+$/.test(raw)) return fail(`The $skiptoken '${raw}' is not valid.`);
      options.skipToken = Number(raw);
      continue;
    }
    const parameter = operation.queryParameters.get(lower);
    if (!parameter) {
      return fail(
        `Query option '${key.slice(1)}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
      );
    }
    if (lower === '$top') {
      const top = parsePositiveInt32(raw);
      if (top === undefined) {
        return fail(
          `Invalid value '${raw.slice(0, 100)}' for $top query option found. The $top query option requires a positive integer up to 2147483647.`,
        );
      }
      options.top = top;
      continue;
    }
    const value = coerce(raw, parameter.schema);
    const check = validator.check(parameter.schemaPointer, value);
    if (!check.valid) {
      return fail(
        `Invalid value '${raw}' for query option '${parameter.name}': ${check.errors.join('; ')}.`,
      );
    }
    if (lower === '$filter') {
      const filter = parseFilter(raw, selectable);
      if (!filter.ok) return fail(filter.message);
      options.filter = filter.clauses;
      options.filterText = raw;
    } else if (lower === '$count') options.count = value as boolean;
    else if (lower === '$select') {
      const names: string[] = [];
      for (const name of value as string[]) {
        const canonical = selectable.find((p) => p.toLowerCase() === name.toLowerCase());
        if (!canonical) {
          return fail(
            `Could not find a property named '${name}' on type 'microsoft.graph.vppToken'.`,
          );
        }
        // Case variants pass the schema's uniqueItems but are the same property.
        if (names.includes(canonical)) {
          return fail(
            `Invalid value '${raw}' for query option '$select': the property '${canonical}' is selected more than once.`,
          );
        }
        names.push(canonical);
      }
      options.select = names;
    }
  }
  return { ok: true, options };
}

/** Turns the query string text into the JSON type its schema expects (or leaves it to fail). */
function coerce(raw: string, schema: Readonly<Record<string, unknown>>): unknown {
  const text = raw.trim();
  switch (schema.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : raw;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : raw;
    case 'array':
      return text === '' ? [] : text.split(',').map((part) => part.trim());
    default:
      return raw;
  }
}

/** `$top` as Graph reads it: decimal digits only, 1 to 2^31-1 (no sign, spaces, exponent or hex). */
function parsePositiveInt32(raw: string): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value <= 2_147_483_647 ? value : undefined;
}

function fail(message: string): ParsedQuery {
  return { ok: false, message };
}

/** Keeps only the selected properties (all of them without `$select`). */
export function applySelect<T extends Record<string, unknown>>(
  entity: T,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (!select || select.length === 0) return { ...entity };
  const picked: Record<string, unknown> = {};
  for (const name of select) if (name in entity) picked[name] = entity[name];
  return picked;
}
