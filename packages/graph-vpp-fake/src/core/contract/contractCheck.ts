import type { OperationContract } from '../../spec/operations.js';
import { FakeContractError } from '../errors/fakeContractError.js';
import type { Outcome } from '../responses.js';
import type { SchemaValidator } from './schemaValidator.js';

/**
 * Strict mode's check of the fake's own answer against the spec: a documented status, and a body
 * that matches its schema (or none where the spec declares none). Answers outside any operation
 * (unknown routes) are checked against the spec's error schema.
 */
export function checkContract(
  operation: OperationContract | undefined,
  outcome: Outcome,
  validator: SchemaValidator,
  errorSchemaPointer: string | undefined,
): FakeContractError | undefined {
  const id = operation?.operationId;
  let pointer: string | undefined;
  if (operation) {
    const response =
      operation.responses.get(String(outcome.status)) ??
      operation.responses.get(`${String(outcome.status)[0]}XX`) ??
      operation.responses.get('default');
    if (!response) {
      if (outcome.undocumentedNoContent && outcome.body === undefined) return undefined;
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

/** The schema of the spec's 4XX answers, used for answers no operation owns (unknown routes). */
export function findErrorSchemaPointer(
  operations: readonly OperationContract[],
): string | undefined {
  return operations
    .map((o) => o.responses.get('4XX')?.schemaPointer)
    .find((pointer) => pointer !== undefined);
}
