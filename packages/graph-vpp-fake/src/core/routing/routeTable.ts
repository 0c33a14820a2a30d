import type { OperationContract } from '../../spec/operations.js';

export type RouteMatch =
  | { kind: 'operation'; operation: OperationContract; params: Record<string, string> }
  /** Graph's 400 "Resource not found for the segment '…'". */
  | { kind: 'unknownSegment'; segment: string }
  /** The path exists but not with this method. */
  | { kind: 'methodNotAllowed'; allowed: string[] }
  /** A parameter segment that is not valid percent-encoding. */
  | { kind: 'badEncoding'; segment: string };

/** OData's namespace for bound operations: `…/{id}/microsoft.graph.syncLicenses`. */
const namespacePrefix = 'microsoft.graph.';

/**
 * Matches raw path segments against the spec's path templates the way Graph does: literal
 * segments case-insensitively, parameters as one segment each, and a literal that follows a
 * parameter (a bound action or function) also in its namespace-qualified form.
 */
export function matchRoute(
  operations: readonly OperationContract[],
  method: string,
  segments: readonly string[],
): RouteMatch {
  const pathMatches: { operation: OperationContract; params: Record<string, string> }[] = [];
  let deepest = -1;
  for (const operation of operations) {
    const result = matchTemplate(operation, segments);
    if ('params' in result) pathMatches.push({ operation, params: result.params });
    else deepest = Math.max(deepest, result.matchedSegments);
  }
  if (pathMatches.length === 0) {
    // The first segment no template accepts; a path that stops early names its last segment.
    const segment = segments[Math.max(0, Math.min(deepest, segments.length - 1))] ?? '';
    return { kind: 'unknownSegment', segment: safeDecode(segment) ?? segment };
  }
  const hit = pathMatches.find((m) => m.operation.method === method.toUpperCase());
  if (!hit)
    return { kind: 'methodNotAllowed', allowed: pathMatches.map((m) => m.operation.method) };
  for (const [name, raw] of Object.entries(hit.params)) {
    const decoded = safeDecode(raw);
    if (decoded === undefined) return { kind: 'badEncoding', segment: raw };
    hit.params[name] = decoded;
  }
  return { kind: 'operation', operation: hit.operation, params: hit.params };
}

function matchTemplate(
  operation: OperationContract,
  segments: readonly string[],
): { params: Record<string, string> } | { matchedSegments: number } {
  const params: Record<string, string> = {};
  const template = operation.segments;
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    const actual = segments[i];
    if (actual === undefined) return { matchedSegments: i };
    if (part.kind === 'parameter') {
      params[part.name] = actual;
      continue;
    }
    const wanted = part.value.toLowerCase();
    const got = actual.toLowerCase();
    const afterParameter = template[i - 1]?.kind === 'parameter';
    if (got !== wanted && !(afterParameter && got === namespacePrefix + wanted)) {
      return { matchedSegments: i };
    }
  }
  if (segments.length !== template.length) return { matchedSegments: template.length };
  return { params };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
