import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundlePath, renderSpecModule, specPath } from '../../scripts/bundle-spec.mjs';

describe('bundled spec (src/contract/vppTokensSpec.ts)', () => {
  it('matches spec/vpp-tokens.openapi.yaml', () => {
    const expected = renderSpecModule(readFileSync(specPath, 'utf8'));
    const committed = readFileSync(bundlePath, 'utf8');
    if (committed !== expected) {
      throw new Error(
        'src/contract/vppTokensSpec.ts is out of date with spec/vpp-tokens.openapi.yaml: run npx nx run graph-vpp-fake:bundle-spec',
      );
    }
    expect(committed).toBe(expected);
  });

  it('would notice a changed spec', () => {
    const changed = renderSpecModule(
      readFileSync(specPath, 'utf8').replace(
        'operationId: vppTokens.list',
        'operationId: vppTokens.listAll',
      ),
    );
    expect(changed).not.toBe(readFileSync(bundlePath, 'utf8'));
  });
});
