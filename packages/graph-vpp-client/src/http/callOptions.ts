import type { RequestConfiguration, RequestOption } from '@microsoft/kiota-abstractions';

const callOptionsKey = 'graph-vpp.CallOptions';

/**
 * Per-call settings carried through Kiota's middleware chain as a request option: the caller's
 * AbortSignal, plus state the chain keeps for one logical call (its client-request-id, whether a
 * claims challenge was already answered).
 */
export class CallOptions implements RequestOption {
  claimsChallengeAnswered = false;
  clientRequestId: string | undefined;
  constructor(public signal?: AbortSignal) {}
  getKey(): string {
    return callOptionsKey;
  }
}

/** Reads this call's options from Kiota's request options, if any were attached. */
export function callOptionsFrom(
  requestOptions: Record<string, RequestOption> | undefined,
): CallOptions | undefined {
  const option = requestOptions?.[callOptionsKey];
  return option instanceof CallOptions ? option : undefined;
}

/**
 * Request configuration that makes a call cancellable:
 * `await client.deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post(withSignal(signal))`.
 * Pass an existing configuration as the second argument to keep its headers and query parameters.
 */
export function withSignal<T extends object>(
  signal: AbortSignal,
  configuration: RequestConfiguration<T> = {},
): RequestConfiguration<T> {
  const others = (configuration.options ?? []).filter((o) => o.getKey() !== callOptionsKey);
  return { ...configuration, options: [...others, new CallOptions(signal)] };
}
