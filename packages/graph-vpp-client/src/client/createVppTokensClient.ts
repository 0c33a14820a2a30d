import type { AuthenticationProvider } from '@microsoft/kiota-abstractions';
import {
  FetchRequestAdapter,
  HttpClient,
  ParametersNameDecodingHandler,
  ParametersNameDecodingHandlerOptions,
  type Middleware,
} from '@microsoft/kiota-http-fetchlibrary';
import { JsonSerializationWriterFactory } from '@microsoft/kiota-serialization-json';
import { guardSends } from '../adapter/graphRequestAdapter.js';
import { parseGraphBaseUrl } from '../baseUrl/graphBaseUrl.js';
import {
  createVppTokensApiClient,
  type VppTokensApiClient,
} from '../generated/vppTokensApiClient.js';
import { TokenEgressFetchHandler } from '../egress/tokenEgressHandler.js';
import {
  graphHostsPolicy,
  policyOfAuthProvider,
  type TokenEgressPolicy,
} from '../egress/tokenEgressPolicy.js';
import type { FetchLike } from '../http/fetchLike.js';
import { GraphErrorHandler } from '../http/graphErrorHandler.js';
import { GraphRedirectHandler } from '../http/graphRedirectHandler.js';
import { GraphRetryHandler, type RetryOptions } from '../http/graphRetryHandler.js';
import { RequestHeadersHandler } from '../http/requestHeadersHandler.js';
import { guardVppTokenIds } from '../ids/guardIds.js';
import { GraphJsonParseNodeFactory } from '../serialization/graphJsonParseNodeFactory.js';
import { packageName, packageVersion } from '../version.js';

/** Graph's global v1.0 root, used when `baseUrl` is not given. */
export const defaultBaseUrl = 'https://graph.microsoft.com/v1.0';

/** Options for {@link createVppTokensClient}. */
export interface VppTokensClientOptions {
  /**
   * Attaches the bearer token; use `createGraphAuthProvider` from `graph-vpp-auth`. Kiota's
   * `AnonymousAuthenticationProvider` sends no token (only useful against a fake).
   */
  authProvider: AuthenticationProvider;
  /** Graph root including the version, e.g. `https://graph.microsoft.us/v1.0`. Default: global v1.0. */
  baseUrl?: string;
  /** A `fetch` to send requests with. Default: the global `fetch`, looked up per request. */
  fetch?: FetchLike;
  /** Retry settings for 429/503/504, or `false` to never retry. */
  retry?: RetryOptions | false;
  /** Product token added to the User-Agent, e.g. `my-app/1.2.3`. */
  userAgent?: string;
  /**
   * Where a request carrying `Authorization` may go, checked at the last hop before fetch.
   * Default: the auth provider's `hostPolicy` (graph-vpp-auth has one); for a provider without
   * one, Graph's national-cloud hosts over https and loopback.
   */
  tokenEgressPolicy?: TokenEgressPolicy | undefined;
}

/** The base URL each client was created with, for `listAllVppTokens`' nextLink origin check. */
const clientBaseUrls = new WeakMap<object, string>();

/**
 * Creates the generated fluent client over Kiota's FetchRequestAdapter, with JSON serialization
 * and a deliberately small middleware chain:
 * errors → headers (client-request-id, User-Agent, AbortSignal) → retry (jittered) → redirect
 * (every Location resolved, credentials dropped across origins) → `$` names → token egress + fetch.
 *
 * ```ts
 * const client = createVppTokensClient({ authProvider });
 * const token = await client.deviceAppManagement.vppTokens.byVppTokenId(id).syncLicenses.post();
 * ```
 */
export function createVppTokensClient(options: VppTokensClientOptions): VppTokensApiClient {
  // The types require it; a plain-JavaScript caller gets this message instead of a crash later.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!options?.authProvider) {
    throw new TypeError(
      'createVppTokensClient needs an authProvider: pass createGraphAuthProvider(...) from graph-vpp-auth.',
    );
  }
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? defaultBaseUrl);
  const fetchImpl =
    options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const egressPolicy =
    options.tokenEgressPolicy ?? policyOfAuthProvider(options.authProvider) ?? graphHostsPolicy;
  if (typeof egressPolicy.isAllowed !== 'function') {
    throw new TypeError(
      'tokenEgressPolicy must have an isAllowed(url) method returning a boolean.',
    );
  }
  const userAgent = `${packageName}/${packageVersion}${options.userAgent ? ` ${options.userAgent}` : ''}`;

  const middleware: Middleware[] = [
    new GraphErrorHandler(),
    new RequestHeadersHandler(userAgent),
    ...(options.retry === false ? [] : [new GraphRetryHandler(options.retry)]),
    new GraphRedirectHandler(),
    new ParametersNameDecodingHandler(
      new ParametersNameDecodingHandlerOptions({ charactersToDecode: ['$'] }),
    ),
    // Terminal: checks the final URL and headers, then calls fetch itself (nothing runs between).
    new TokenEgressFetchHandler(fetchImpl, egressPolicy),
  ];
  const fetchAdapter = new FetchRequestAdapter(
    options.authProvider,
    new GraphJsonParseNodeFactory(),
    new JsonSerializationWriterFactory(),
    new HttpClient(undefined, ...middleware),
  );
  fetchAdapter.baseUrl = baseUrl;
  const client = guardVppTokenIds(createVppTokensApiClient(guardSends(fetchAdapter)));
  clientBaseUrls.set(client, baseUrl);
  return client;
}

/** The base URL a client from `createVppTokensClient` sends to, or undefined for other clients. */
export function baseUrlOf(client: object): string | undefined {
  return clientBaseUrls.get(client);
}

function normaliseBaseUrl(value: string): string {
  return parseGraphBaseUrl(value, 'baseUrl').href;
}
