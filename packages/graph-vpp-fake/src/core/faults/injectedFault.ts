import type { OperationContract } from '../../spec/operations.js';
import { defaultErrorCode, throttledBody, type ErrorContext } from '../errors/graphErrorBodies.js';
import { intuneError, plainError } from '../errors/outcomes.js';
import type { Outcome } from '../responses.js';
import type { FailNextOptions } from './faultQueue.js';

/** The answer a `failNext()` fault scripts: 5xx from the gateway, 4xx in Intune's form. */
export function injectedFault(
  fault: FailNextOptions,
  operation: OperationContract,
  params: Readonly<Record<string, string>>,
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
