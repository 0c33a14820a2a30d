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

export function parseCustomBase(baseUrl: string): CustomBase {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(
      `baseUrl "${baseUrl}" is not an absolute URL, e.g. http://127.0.0.1:1234/v1.0`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl "${baseUrl}" must use http: or https:`);
  }
  const segments = url.pathname.split('/').filter((s) => s !== '');
  return {
    origin: url.origin,
    segments: segments.map((s) => s.toLowerCase()),
    href: `${url.origin}${segments.length ? `/${segments.join('/')}` : ''}`,
  };
}

/** True when the fake answers for this URL at all (a Graph cloud host or a custom base). */
export function isServed(url: URL, customBases: readonly CustomBase[]): boolean {
  return matchBase(url, customBases).kind !== 'notServed';
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
