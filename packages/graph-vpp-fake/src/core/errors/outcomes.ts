import type { OperationContract } from '../../spec/operations.js';
import type { Outcome } from '../responses.js';
import { graphErrorBody, intuneMessage, type ErrorContext } from './graphErrorBodies.js';

/** A Graph gateway error (routing, query options, authentication): no Intune details. */
export function plainError(
  status: number,
  code: string,
  message: string,
  context: ErrorContext,
): Outcome {
  return { status, body: graphErrorBody(code, message, context) };
}

/** An error from Intune behind the gateway: its message carries Intune's JSON-in-a-string details. */
export function intuneError(
  status: number,
  code: string,
  readable: string,
  operation: OperationContract,
  params: Readonly<Record<string, string>>,
  context: ErrorContext,
): Outcome {
  const path = operation.segments
    .map((segment) =>
      segment.kind === 'literal' ? `/${segment.value}` : `('${params[segment.name] ?? ''}')`,
    )
    .join('');
  const message = intuneMessage(readable, {
    operationId: crypto.randomUUID(),
    activityId: context.requestId,
    url: `https://fef.msub02.manage.microsoft.com/AppleVppService${path}?api-version=2024-01-01`,
  });
  return { status, body: graphErrorBody(code, message, context) };
}
