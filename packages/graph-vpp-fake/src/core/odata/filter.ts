/** One `<property> eq '<text>'` clause of a `$filter`. */
export interface EqualityClause {
  readonly property: string;
  readonly value: string;
}

export type ParsedFilter = { ok: true; clauses: EqualityClause[] } | { ok: false; message: string };

const clausePattern = /^\s*([A-Za-z][A-Za-z0-9]*)\s+eq\s+'((?:[^']|'')*)'\s*$/;

/**
 * The `$filter` subset the fake implements: `<property> eq '<text>'`, joined by `and`, on
 * properties the entity has (OData doubles a quote inside text: `'O''Brien'`). Anything else is
 * refused with a 400 rather than silently ignored, so a test never passes on an unfiltered list.
 */
export function parseFilter(text: string, properties: readonly string[]): ParsedFilter {
  const clauses: EqualityClause[] = [];
  for (const part of text.split(/\s+and\s+/i)) {
    const match = clausePattern.exec(part);
    const name = match?.[1];
    const value = match?.[2];
    if (name === undefined || value === undefined) {
      return {
        ok: false,
        message: `graph-vpp-fake supports $filter only as <property> eq '<text>' joined by 'and'; could not read '${part.trim()}'.`,
      };
    }
    const property = properties.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!property) return { ok: false, message: `Could not find a property named '${name}'.` };
    clauses.push({ property, value: value.replace(/''/g, "'") });
  }
  return { ok: true, clauses };
}

/** Graph compares text case-insensitively in these filters. */
export function matchesFilter(
  entity: Readonly<Record<string, unknown>>,
  clauses: readonly EqualityClause[],
): boolean {
  return clauses.every((clause) => {
    const actual = entity[clause.property];
    return typeof actual === 'string' && actual.toLowerCase() === clause.value.toLowerCase();
  });
}
