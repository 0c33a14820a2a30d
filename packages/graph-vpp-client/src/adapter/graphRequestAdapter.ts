import type { RequestInformation } from '@microsoft/kiota-abstractions';
import type { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import { GraphError, isGraphError } from '../errors/graphError.js';
import { CallOptions, callOptionsFrom } from '../http/callOptions.js';

/** Every method through which the generated client sends a request. */
const sendMethods = [
  'send',
  'sendCollection',
  'sendCollectionOfPrimitive',
  'sendPrimitive',
  'sendNoResponseContent',
  'sendEnum',
  'sendCollectionOfEnum',
] as const;

type AnySend = (requestInfo: RequestInformation, ...rest: unknown[]) => Promise<unknown>;

/**
 * Makes Kiota's FetchRequestAdapter the one the generated client talks to: each send gets fresh
 * per-call state for the middleware and one error type for everything the service refused.
 *
 * The send methods are instance arrow functions (no prototype to subclass, no `super`), so they
 * are wrapped in place: no delegating class, no extra object between the client and the adapter.
 */
export function guardSends(adapter: FetchRequestAdapter): FetchRequestAdapter {
  const methods = adapter as unknown as Record<(typeof sendMethods)[number], AnySend>;
  for (const name of sendMethods) {
    const send = methods[name];
    methods[name] = (requestInfo, ...rest) => guard(requestInfo, () => send(requestInfo, ...rest));
  }
  return adapter;
}

async function guard<T>(requestInfo: RequestInformation, send: () => Promise<T>): Promise<T> {
  // Fresh per-call state (a reused configuration object must not carry the last call's state).
  const previous = callOptionsFrom(requestInfo.getRequestOptions());
  requestInfo.addRequestOptions([new CallOptions(previous?.signal)]);
  try {
    // Expand the URI template once: the auth provider, the adapter and its fetch each read `URL`,
    // and every read of an unexpanded one runs the whole template expansion again.
    const url = requestInfo.URL;
    requestInfo.URL = url;
    return await send();
  } catch (error) {
    throw normaliseError(error);
  }
}

/**
 * Errors from our middleware are already GraphErrors. Anything Kiota raised itself for an HTTP
 * status (a plain object carrying `responseStatusCode`) becomes one too; network errors and
 * aborts pass through untouched.
 */
function normaliseError(error: unknown): unknown {
  if (isGraphError(error)) return error;
  const status = (error as { responseStatusCode?: unknown } | null)?.responseStatusCode;
  if (typeof status !== 'number') return error;
  const message = (error as { message?: unknown }).message;
  return new GraphError({
    status,
    code: `HTTP${status}`,
    message: typeof message === 'string' && message ? message : `the service answered ${status}`,
  });
}
