// @ts-check
// Checks the spec's permission layout, which OpenAPI tools cannot: every operation's `security`
// lists ALTERNATIVES (one requirement object per scope per scheme, since scopes inside one object
// are all required), every name is declared by its scheme, every operation belongs to exactly one
// of `components.x-graph-vpp-permission-sets`, and its `security` equals that set's `current`
// edition. Also that each server records its cloud and sign-in host.
// Usage: node tools/spec/check-security.mjs spec/vpp-tokens.openapi.yaml
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/** @typedef {Record<string, any>} Node */

/** Which edition field each security scheme's alternatives must equal. */
export const schemeEditionFields = /** @type {const} */ ({
  azureAdDelegated: 'delegatedWorkOrSchool',
  azureAdApplication: 'application',
});

const methods = ['get', 'put', 'post', 'patch', 'delete'];

/** @param {Node} doc the parsed OpenAPI document @returns {string[]} what is wrong, if anything */
export function checkSecurity(doc) {
  const problems = /** @type {string[]} */ ([]);
  const schemes = doc.components?.securitySchemes ?? {};
  const sets = doc.components?.['x-graph-vpp-permission-sets'] ?? {};

  for (const [i, server] of (doc.servers ?? []).entries()) {
    for (const key of ['x-graph-vpp-cloud', 'x-graph-vpp-login-host']) {
      if (typeof server[key] !== 'string' || server[key] === '')
        problems.push(`servers[${i}] (${server.url}): ${key} is missing`);
    }
  }

  const seen = new Set();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      seen.add(id);
      if (operation['x-graph-vpp-permissions'] !== undefined)
        problems.push(`${where}: x-graph-vpp-permissions is retired; use security alternatives`);

      /** @type {Record<string, string[]>} */
      const alternatives = {};
      for (const [j, requirement] of (operation.security ?? []).entries()) {
        const entries = Object.entries(requirement);
        const [scheme, names] = entries[0] ?? [];
        if (entries.length !== 1 || !Array.isArray(names) || names.length !== 1) {
          problems.push(
            `${where}: security[${j}] must name one scheme with one scope (alternatives, not a conjunction)`,
          );
          continue;
        }
        const name = String(names[0]);
        const declared = Object.values(schemes[scheme ?? '']?.flows ?? {}).some(
          (flow) => flow?.scopes && Object.hasOwn(flow.scopes, name),
        );
        if (!declared) problems.push(`${where}: ${scheme} does not declare "${name}"`);
        (alternatives[scheme ?? ''] ??= []).push(name);
      }

      const owners = Object.entries(sets).filter(([, set]) => set.operations?.includes(id));
      if (owners.length !== 1) {
        problems.push(`${where}: ${id} is in ${owners.length} permission sets, expected 1`);
        continue;
      }
      const [setName, set] = /** @type {[string, Node]} */ (owners[0]);
      for (const [scheme, field] of Object.entries(schemeEditionFields)) {
        const expected = set.current?.[field];
        const actual = alternatives[scheme] ?? [];
        const expectedList = Array.isArray(expected) ? expected : [];
        if (!sameSet(actual, expectedList))
          problems.push(
            `${where}: ${scheme} alternatives [${actual.join(', ')}] differ from ${setName}.current.${field} [${expectedList.join(', ')}]`,
          );
      }
    }
  }

  for (const [setName, set] of Object.entries(sets)) {
    for (const id of set.operations ?? [])
      if (!seen.has(id)) problems.push(`${setName}: no operation ${id}`);
    for (const edition of ['current', 'seed']) {
      if (!Array.isArray(set[edition]?.sources) || set[edition].sources.length === 0)
        problems.push(`${setName}.${edition}: sources (URLs) are missing`);
    }
  }
  return problems;
}

/** @param {string[]} a @param {string[]} b */
function sameSet(a, b) {
  return new Set(a).size === a.length && a.length === b.length && b.every((x) => a.includes(x));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tools/spec/check-security.mjs <openapi.yaml>');
    process.exit(2);
  }
  const problems = checkSecurity(parse(readFileSync(file, 'utf8')));
  if (problems.length > 0) {
    console.error(`${problems.length} permission layout problems in ${file}:`);
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  console.log(`Permissions and sign-in hosts in ${file} are consistent.`);
}
