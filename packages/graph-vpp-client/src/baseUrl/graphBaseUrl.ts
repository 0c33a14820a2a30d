// The one validator for a Graph root, shared by the client (`baseUrl`), the CLI (`--base-url`)
// and graph-vpp-fake (`baseUrl`). Dependency-free, exported as `graph-vpp-client/base-url`, so
// the fake can use it without loading Kiota.

/** A Graph root that passed {@link parseGraphBaseUrl}. */
export interface GraphBaseUrl {
  /** The parsed URL. */
  readonly url: URL;
  /** Origin + path without a trailing slash, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly href: string;
  /** Path segments of the root, as written (e.g. `['v1.0']`). */
  readonly segments: readonly string[];
}

/** Graph's global v1.0 root, the example in messages. */
const example = 'https://graph.microsoft.com/v1.0';

/**
 * Checks a Graph root: an absolute `https:` URL (or `http:`, for a local fake), with no
 * credentials, query or fragment. Throws a TypeError that names `label` (e.g. `baseUrl`,
 * `--base-url`), the value and what to do. Host policy (which hosts may get a token) is not
 * decided here: that is graph-vpp-auth's.
 */
export function parseGraphBaseUrl(value: string, label = 'baseUrl'): GraphBaseUrl {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(
      `${label} "${value}" is not an absolute URL. Use e.g. ${example} (or http://127.0.0.1:4010/v1.0 for a local fake).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${label} "${value}" must use https: (or http: for a local fake).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError(
      `${label} "${value}" must not contain credentials (user info), a query or a fragment.`,
    );
  }
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  return {
    url,
    href: `${url.origin}${segments.length > 0 ? `/${segments.join('/')}` : ''}`,
    segments,
  };
}
