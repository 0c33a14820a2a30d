import { describeId, hasLoneSurrogate } from './describeId.js';

/**
 * Refuses ids that cannot name one vppToken: empty or whitespace-only ids, and the dot segments
 * `.` and `..`, which URL parsing collapses so the request would go to another path (`..` turns
 * `/vppTokens/../syncLicenses` into `/deviceAppManagement/syncLicenses`), and ids with a lone
 * UTF-16 surrogate, which cannot be percent-encoded (Kiota would throw `URIError: URI malformed`).
 * Every other id is percent-encoded by Kiota's URI template into exactly one path segment.
 */
export function assertValidVppTokenId(id: unknown): asserts id is string {
  if (typeof id !== 'string') {
    throw new TypeError(`vppTokenId must be a string, got ${id === null ? 'null' : typeof id}.`);
  }
  if (id.trim() === '') {
    throw new TypeError(
      'vppTokenId is empty. Pass the id of a vppToken, e.g. from listAllVppTokens().',
    );
  }
  if (id === '.' || id === '..') {
    throw new TypeError(
      `vppTokenId "${id}" is a path segment, not an id: it would address another URL. Pass the id of a vppToken.`,
    );
  }
  if (hasLoneSurrogate(id)) {
    throw new TypeError(
      `vppTokenId ${describeId(id)} is not valid text: it holds half of a UTF-16 surrogate pair, so it cannot be put in a URL. Pass the id of a vppToken exactly as Graph returned it.`,
    );
  }
}
