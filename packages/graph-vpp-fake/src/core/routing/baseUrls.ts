import { parseGraphBaseUrl } from 'graph-vpp-client/base-url';
import { graphClouds } from '../../spec/graphClouds.js';

/** The API version of the spec's first server (the path the standalone server answers on). */
export const apiVersion = graphClouds[0]?.apiVersion ?? 'v1.0';

/** Where a request landed: which root it used and what follows the root. */
export type BaseMatch =
  | {
      kind: 'api';
      /** e.g. `https://graph.microsoft.com/v1.0`, in canonical case. */
      root: string;
      /** Raw (still percent-encoded) path segments after the root. */
      segments: string[];
    }
  | { kind: 'unknownVersion'; version: string }
  | { kind: 'notServed' };

/** A custom root such as `http://127.0.0.1:1234/v1.0`. */
export interface CustomBase {
  origin: string;
  /** Lower-case path segments of the root, e.g. `['v1.0']`. */
  segments: string[];
  href: string;
}

/** A root from the `baseUrl` option, checked by the one Graph base-URL validator. */
export function parseCustomBase(baseUrl: string): CustomBase {
  const { url, segments, href } = parseGraphBaseUrl(baseUrl, 'baseUrl');
  return { origin: url.origin, segments: segments.map((s) => s.toLowerCase()), href };
}

export function matchBase(url: URL, customBases: readonly CustomBase[]): BaseMatch {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const lower = segments.map((s) => s.toLowerCase());
  for (const base of customBases) {
    if (url.origin !== base.origin) continue;
    if (base.segments.every((segment, i) => lower[i] === segment)) {
      return { kind: 'api', root: base.href, segments: segments.slice(base.segments.length) };
    }
  }
  const cloud =
    url.protocol === 'https:' ? graphClouds.find((c) => c.graphHost === url.hostname) : undefined;
  if (cloud) {
    if (lower[0] === cloud.apiVersion) {
      return {
        kind: 'api',
        root: `${url.origin}/${cloud.apiVersion}`,
        segments: segments.slice(1),
      };
    }
    return { kind: 'unknownVersion', version: segments[0] ?? '' };
  }
  return { kind: 'notServed' };
}
