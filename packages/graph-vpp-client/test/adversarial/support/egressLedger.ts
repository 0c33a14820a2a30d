// Records what reached `fetch` and judges it with an oracle written apart from the client's
// policy code: a leak is a request carrying Authorization to a host the policy does not name.
import { HttpResponse } from 'msw';
import { docsToken, testAccessToken } from '../../support/graph.js';

export interface Sent {
  url: string;
  authorization: string | null;
}

/** Hosts a token may reach in these tests: Graph's four national hosts and loopback. */
const trusted = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);
const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLeak(sent: Sent, extraHosts: readonly string[] = []): boolean {
  if (sent.authorization === null) return false;
  let url: URL;
  try {
    url = new URL(sent.url);
  } catch {
    return true; // a relative URL with a token: a browser would send it to the page's origin
  }
  if (url.username || url.password) return true;
  if (loopback.has(url.hostname)) return url.protocol !== 'http:' && url.protocol !== 'https:';
  return !(
    url.protocol === 'https:' &&
    (trusted.has(url.hostname) || extraHosts.includes(url.hostname))
  );
}

/**
 * A fetch that records every request and answers from `answer` (default: 200 with the docs
 * vppToken), so tests see exactly what the last hop let through.
 */
export function recordingFetch(answer?: (url: string, hop: number) => Response | undefined) {
  const sent: Sent[] = [];
  const fetch = (input: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    sent.push({ url: input, authorization: headers.get('authorization') });
    return Promise.resolve(answer?.(input, sent.length - 1) ?? HttpResponse.json(docsToken));
  };
  return { fetch, sent };
}

/** True when a text (an error message, a log line) holds the test access token. */
export function holdsToken(text: string): boolean {
  return text.includes(testAccessToken);
}
