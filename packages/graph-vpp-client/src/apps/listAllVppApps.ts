import type {
  IosVppApp,
  IosVppAppCollectionResponse,
  VppToken,
} from '../generated/models/index.js';
import type { VppTokensApiClient } from '../generated/vppTokensApiClient.js';
import { baseUrlOf } from '../client/createVppTokensClient.js';
import { withSignal } from '../http/callOptions.js';
import { assertSameOrigin } from '../paging/listAllVppTokens.js';
import { vppTokenOwnsApp } from './vppAppOwner.js';

/** Options for {@link listAllVppApps}. */
export interface ListVppAppsOptions {
  /**
   * Only the apps of this vppToken, matched by Apple ID and organisation (see
   * `vppTokenOwnsApp` for the heuristic and where it is ambiguous). Filtered on the client, so
   * it works the same against any Graph that serves the list.
   */
  vppToken?: Pick<VppToken, 'appleId' | 'organizationName' | 'vppTokenAccountType'> | undefined;
  /** `$top` for the first page (the service may still page at its own size). */
  pageSize?: number | undefined;
  /** `$select`: only these properties (keep the `vppToken*` ones when you pass `vppToken`). */
  select?: string[] | undefined;
  /** Stops the iteration (the pending request rejects with the signal's reason). */
  signal?: AbortSignal | undefined;
  /** The base URL next links must stay on; needed only for clients not made by `createVppTokensClient`. */
  baseUrl?: string | undefined;
}

/**
 * Every page of `GET /deviceAppManagement/mobileApps/graph.iosVppApp`, following
 * `@odata.nextLink` on the client's origin only (a link elsewhere is refused).
 */
export async function* listVppAppPages(
  client: VppTokensApiClient,
  options: ListVppAppsOptions = {},
): AsyncGenerator<IosVppAppCollectionResponse, void, undefined> {
  const baseUrl = options.baseUrl ?? baseUrlOf(client);
  if (!baseUrl) {
    throw new TypeError(
      'listVppAppPages needs options.baseUrl for a client not made by createVppTokensClient.',
    );
  }
  const origin = new URL(baseUrl).origin;
  const signal = options.signal;
  const queryParameters = {
    ...(options.pageSize === undefined ? {} : { top: options.pageSize }),
    ...(options.select === undefined ? {} : { select: options.select }),
  };
  const builder = client.deviceAppManagement.mobileApps.graphIosVppApp;
  let page = await builder.get(
    signal ? withSignal(signal, { queryParameters }) : { queryParameters },
  );
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
    page = await builder.withUrl(next).get(signal ? withSignal(signal) : undefined);
  }
}

/**
 * Every iosVppApp across all pages, optionally only those of one vppToken.
 *
 * ```ts
 * for await (const app of listAllVppApps(client, { vppToken })) {
 *   console.log(app.displayName, app.usedLicenseCount, '/', app.totalLicenseCount);
 * }
 * ```
 */
export async function* listAllVppApps(
  client: VppTokensApiClient,
  options: ListVppAppsOptions = {},
): AsyncGenerator<IosVppApp, void, undefined> {
  const owner = options.vppToken;
  for await (const page of listVppAppPages(client, options)) {
    for (const app of page.value ?? []) {
      if (!owner || vppTokenOwnsApp(owner, app)) yield app;
    }
  }
}
