import type { OperationContract } from '../../spec/operations.js';
import type { Caller } from '../auth/authorize.js';
import { throttledBody, type ErrorContext } from '../errors/graphErrorBodies.js';
import type { Outcome } from '../responses.js';
import { formatRetryAfter, type SlidingWindowThrottle } from './throttle.js';

/** Intune's 429 with `Retry-After` when the caller's app-per-tenant budget is spent, else undefined. */
export function admitCaller(
  throttle: SlidingWindowThrottle | undefined,
  caller: Caller,
  operation: OperationContract,
  context: ErrorContext,
): Outcome | undefined {
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
  };
}
