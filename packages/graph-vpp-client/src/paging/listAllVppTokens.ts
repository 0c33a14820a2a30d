import type { VppToken, VppTokenCollectionResponse } from '../generated/models/index.js';
import type { VppTokensApiClient } from '../generated/vppTokensApiClient.js';
import { baseUrlOf } from '../client/createVppTokensClient.js';
import { withSignal } from '../http/callOptions.js';

/** Options for {@link listAllVppTokens} and {@link listVppTokenPages}. */
export interface ListVppTokensOptions {
  /** `$top` for the first page (the service may still page at its own size). */
  pageSize?: number;
  /** `$select`: only these properties. */
  select?: string[];
  /** Stops the iteration (the pending request rejects with the signal's reason). */
  signal?: AbortSignal;
  /**
   * The base URL next links must stay on. Needed only for clients not made by
   * `createVppTokensClient`, which records its own.
   */
  baseUrl?: string;
}

/**
 * Every page of `GET /deviceAppManagement/vppTokens`, following `@odata.nextLink`.
 *
 * A next link whose origin (scheme, host, port) differs from the client's base URL is refused:
 * a tampered or proxied link must not receive the bearer token.
 */
export async function* listVppTokenPages(
  client: VppTokensApiClient,
  options: ListVppTokensOptions = {},
): AsyncGenerator<VppTokenCollectionResponse, void, undefined> {
  const baseUrl = options.baseUrl ?? baseUrlOf(client);
  if (!baseUrl) {
    throw new TypeError(
      'listVppTokenPages needs options.baseUrl for a client not made by createVppTokensClient.',
    );
  }
  const origin = new URL(baseUrl).origin;
  const signal = options.signal;
  // Only the options given: Kiota's query parameters are optional, not `| undefined`.
  const queryParameters = {
    ...(options.pageSize === undefined ? {} : { top: options.pageSize }),
    ...(options.select === undefined ? {} : { select: options.select }),
  };
  const config = signal ? withSignal(signal, { queryParameters }) : { queryParameters };
  let page = await client.deviceAppManagement.vppTokens.get(config);
  const seen = new Set<string>();
  while (page) {
    yield page;
    const next = page.odataNextLink;
    if (!next) return;
    assertSameOrigin(next, origin);
    if (seen.has(next))
      throw new Error(
        `@odata.nextLink repeats an earlier page (${next}); stopping to avoid a loop.`,
      );
    seen.add(next);
    page = await client.deviceAppManagement.vppTokens
      .withUrl(next)
      .get(signal ? withSignal(signal) : undefined);
  }
}

/** Every vppToken across all pages; see `listVppTokenPages`. */
export async function* listAllVppTokens(
  client: VppTokensApiClient,
  options: ListVppTokensOptions = {},
): AsyncGenerator<VppToken, void, undefined> {
  for await (const page of listVppTokenPages(client, options)) {
    yield* page.value ?? [];
  }
}

/** Throws unless `link` is absolute and on `origin` (a next link must not take the token elsewhere). */
export function assertSameOrigin(link: string, origin: string): void {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new Error(`@odata.nextLink "${link}" is not an absolute URL; refusing to follow it.`);
  }
  if (url.origin !== origin) {
    throw new Error(
      `Refusing @odata.nextLink to ${url.origin}: it is not the client's origin ${origin}, and following it would send the token there.`,
    );
  }
}
