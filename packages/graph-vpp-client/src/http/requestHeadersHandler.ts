import type { RequestOption } from '@microsoft/kiota-abstractions';
import type { Middleware } from '@microsoft/kiota-http-fetchlibrary';
import { callOptionsFrom } from './callOptions.js';

/**
 * Stamps each logical call with a fresh `client-request-id` (kept across its retries, so Graph
 * support can correlate them), our User-Agent, and the caller's AbortSignal.
 */
export class RequestHeadersHandler implements Middleware {
  next: Middleware | undefined;

  constructor(private readonly userAgent: string) {}

  execute(
    url: string,
    init: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) throw new Error('RequestHeadersHandler must not be the last middleware');
    const call = callOptionsFrom(requestOptions);
    const headers = (init.headers ?? {}) as Record<string, string>;
    if (!headers['client-request-id']) {
      const id = call?.clientRequestId ?? newRequestId();
      if (call) call.clientRequestId = id;
      headers['client-request-id'] = id;
    }
    headers['user-agent'] = headers['user-agent']
      ? `${headers['user-agent']} ${this.userAgent}`
      : this.userAgent;
    init.headers = headers;
    if (call?.signal) init.signal = call.signal;
    return this.next.execute(url, init, requestOptions);
  }
}

/** RFC 4122 v4 id; `crypto.randomUUID` is missing on insecure (non-https) browser pages. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Version 4 in byte 6's high nibble, the RFC 4122 variant in byte 8's top bits.
  const hex = Array.from(bytes, (b, i) =>
    (i === 6 ? (b & 0x0f) | 0x40 : i === 8 ? (b & 0x3f) | 0x80 : b).toString(16).padStart(2, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
