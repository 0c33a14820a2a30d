import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { spec } from '../../spec/bundledSpec.js';
import type { SpecNode } from '../../spec/openApiDocument.js';

/** ajv-formats is CommonJS; under NodeNext its default export can arrive wrapped. */
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export interface SchemaCheck {
  valid: boolean;
  /** Readable problems, e.g. `/state must be one of: unknown, valid, …`. */
  errors: string[];
}

/**
 * Validates values against schemas of the bundled spec, addressed by JSON pointer.
 *
 * Object schemas that do not say otherwise are closed (`additionalProperties: false`): Graph
 * refuses unknown properties in request bodies, and a response with a property the spec does not
 * know is drift the fake must report. `@odata.type` stays allowed because the spec declares it.
 */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: SpecNode = spec) {
    this.ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(closeObjectSchemas(structuredClone(doc)) as object, 'spec');
  }

  check(pointer: string, value: unknown): SchemaCheck {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `spec#${encodePointer(pointer)}` });
      this.compiled.set(pointer, validate);
    }
    const valid = validate(value);
    return { valid, errors: valid ? [] : (validate.errors ?? []).map(describeError) };
  }
}

function encodePointer(pointer: string): string {
  // The pointer goes into a URI fragment.
  return pointer
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%7E/gi, '~'))
    .join('/');
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return `${where} has the unknown property '${String(params.additionalProperty)}'`;
  }
  if (error.keyword === 'enum') {
    return `${where} must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** Marks every object schema with `properties` and no `additionalProperties` as closed. */
function closeObjectSchemas(value: unknown): unknown {
  if (Array.isArray(value)) {
    value.forEach(closeObjectSchemas);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const child of Object.values(record)) closeObjectSchemas(child);
    if (
      record.type === 'object' &&
      record.properties &&
      typeof record.properties === 'object' &&
      record.additionalProperties === undefined
    ) {
      record.additionalProperties = false;
    }
  }
  return value;
}
