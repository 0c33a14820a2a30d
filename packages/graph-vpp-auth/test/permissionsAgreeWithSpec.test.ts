// graph-vpp-auth's permission tables restate the spec's `x-graph-vpp-permission-sets`, both
// editions; this keeps them from drifting apart.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { seedVppTokenPermissions, vppTokenPermissions } from '../src/index.js';

interface Edition {
  delegatedWorkOrSchool: string[] | 'notSupported';
  application: string[] | 'notSupported';
}
const spec = parse(
  readFileSync(new URL('../../../spec/vpp-tokens.openapi.yaml', import.meta.url), 'utf8'),
) as {
  components: {
    'x-graph-vpp-permission-sets': Record<
      string,
      Record<string, Edition> & { operations: string[] }
    >;
  };
};
// The vppToken operations' sets: the tables describe vppTokens only (iosVppApps have their own set).
const sets = Object.fromEntries(
  Object.entries(spec.components['x-graph-vpp-permission-sets']).filter(([, set]) =>
    set.operations.every((operationId) => operationId.startsWith('vppTokens.')),
  ),
);

const asAccepted = (edition: Edition | undefined) => ({
  delegated: edition?.delegatedWorkOrSchool,
  application: edition?.application,
});

describe('vppTokenPermissions agree with the spec', () => {
  it('has the same sets as the spec', () => {
    expect(Object.keys(vppTokenPermissions).sort()).toEqual(Object.keys(sets).sort());
    expect(Object.keys(seedVppTokenPermissions).sort()).toEqual(Object.keys(sets).sort());
  });

  it.each(['read', 'write'] as const)('%s: today’s edition and the seed’s', (name) => {
    expect(vppTokenPermissions[name]).toEqual(asAccepted(sets[name]?.current));
    expect(seedVppTokenPermissions[name]).toEqual(asAccepted(sets[name]?.seed));
  });
});
