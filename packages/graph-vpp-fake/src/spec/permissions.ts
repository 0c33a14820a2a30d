import type { OpenApiDocument, SpecNode } from './openApiDocument.js';
import { list, node } from './specNodes.js';

/**
 * The delegated scheme's alternatives for one operation, as OpenAPI reads `security`: each
 * requirement object is one alternative, and a caller needs ALL scopes of ANY ONE of them.
 *
 * The spec is moving from one requirement object that lists every accepted scope (which OpenAPI
 * would read as "all of them", though the docs mean "one of") to one object per scope. While the
 * old layout is still possible, a delegated scheme named in exactly one requirement object with
 * several scopes is read the way the docs mean it: each scope alone is enough.
 */
export function readDelegatedAlternatives(
  doc: OpenApiDocument,
  operation: SpecNode,
): readonly (readonly string[])[] {
  const delegated = delegatedSchemeNames(doc);
  const requirements = list(operation.security ?? doc.security).map(node);
  const naming = requirements.filter((r) => Object.keys(r).some((name) => delegated.has(name)));
  // A requirement that also needs a non-delegated scheme cannot be met by a user's token alone.
  const alternatives = naming
    .filter((r) => Object.keys(r).every((name) => delegated.has(name)))
    .map((r) => Object.values(r).flatMap((scopes) => list(scopes).map(String)));
  const only = alternatives.length === 1 ? alternatives[0] : undefined;
  if (only && only.length > 1) return only.map((scope) => [scope]);
  return alternatives;
}

/** Security schemes a signed-in user's token satisfies: OAuth 2 with an interactive flow. */
export function delegatedSchemeNames(doc: OpenApiDocument): Set<string> {
  const names = new Set<string>();
  for (const [name, scheme] of Object.entries(doc.components.securitySchemes ?? {})) {
    const flows = node(scheme.flows);
    if (scheme.type === 'oauth2' && ('authorizationCode' in flows || 'implicit' in flows)) {
      names.add(name);
    }
  }
  return names;
}

/** Whether granted scopes (case-insensitive, as Entra compares them) satisfy one alternative. */
export function satisfiesAny(
  alternatives: readonly (readonly string[])[],
  granted: readonly string[],
): boolean {
  const held = new Set(granted.map((scope) => scope.toLowerCase()));
  return alternatives.some((scopes) => scopes.every((scope) => held.has(scope.toLowerCase())));
}
