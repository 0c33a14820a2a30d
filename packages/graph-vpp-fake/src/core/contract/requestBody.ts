import type { OperationContract } from '../../spec/operations.js';
import { foreignODataType } from './requestEnvelope.js';
import type { SchemaValidator } from './schemaValidator.js';

/** A request body as the operations see it: absent, not JSON, or parsed JSON. */
export type RequestBody = { kind: 'none' } | { kind: 'badJson' } | { kind: 'json'; value: unknown };

export function parseRequestBody(text: string): RequestBody {
  if (text.trim() === '') return { kind: 'none' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'badJson' };
  }
}

/** Graph's 400 reason for a body the operation's spec refuses, or undefined when it is fine. */
export function checkRequestBody(
  operation: OperationContract,
  body: RequestBody,
  validator: SchemaValidator,
): string | undefined {
  const contract = operation.requestBody;
  if (!contract) {
    return body.kind === 'none'
      ? undefined
      : 'This operation does not accept a request body; do not supply one.';
  }
  if (body.kind === 'none') return contract.required ? 'A request body is required.' : undefined;
  if (body.kind === 'badJson') {
    return 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';
  }
  const foreignType = foreignODataType(body.value);
  if (foreignType) return foreignType;
  const check = validator.check(contract.schemaPointer, body.value);
  if (!check.valid) return `Invalid vppToken in the request body: ${check.errors.join('; ')}.`;
  const value = body.value as object;
  const readOnly = contract.readOnlyProperties.filter((p) => p in value);
  if (readOnly[0] !== undefined) {
    return `The property '${readOnly[0]}' is read-only and cannot be set by the client (read-only: ${contract.readOnlyProperties.join(', ')}).`;
  }
  return undefined;
}

/** The body's properties without `@odata.type` (the store keeps only the entity's own). */
export function bodyProperties(body: RequestBody): Record<string, unknown> {
  if (body.kind !== 'json' || !body.value || typeof body.value !== 'object') return {};
  const { '@odata.type': _type, ...rest } = body.value as Record<string, unknown>;
  _type;
  return rest;
}
