import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSecurity } from './check-security.mjs';

const specText = readFileSync(
  new URL('../../spec/vpp-tokens.openapi.yaml', import.meta.url),
  'utf8',
);
const freshSpec = () => parse(specText) as Record<string, any>;
const syncLicenses = (spec: Record<string, any>) =>
  spec.paths['/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses'].post;

describe('spec permission layout check', () => {
  it('passes on the committed spec', () => {
    expect(checkSecurity(freshSpec())).toEqual([]);
  });

  it('lists every accepted permission as its own alternative, delegated and application', () => {
    expect(syncLicenses(freshSpec()).security).toEqual([
      { azureAdDelegated: ['DeviceManagementServiceConfig.ReadWrite.All'] },
      { azureAdDelegated: ['DeviceManagementApps.ReadWrite.All'] },
      { azureAdApplication: ['DeviceManagementServiceConfig.ReadWrite.All'] },
      { azureAdApplication: ['DeviceManagementApps.ReadWrite.All'] },
    ]);
  });

  it('refuses a requirement object with several scopes (OpenAPI reads that as all required)', () => {
    const spec = freshSpec();
    syncLicenses(spec).security = [
      {
        azureAdDelegated: [
          'DeviceManagementApps.ReadWrite.All',
          'DeviceManagementServiceConfig.ReadWrite.All',
        ],
      },
    ];
    expect(checkSecurity(spec)).toContainEqual(
      expect.stringContaining('must name one scheme with one scope'),
    );
  });

  it('refuses security that drifts from the permission set, or an undeclared scope', () => {
    const spec = freshSpec();
    syncLicenses(spec).security.pop();
    syncLicenses(spec).security.push({ azureAdApplication: ['Directory.ReadWrite.All'] });
    const problems = checkSecurity(spec);
    expect(problems).toContainEqual(
      expect.stringContaining('azureAdApplication does not declare "Directory.ReadWrite.All"'),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /azureAdApplication alternatives .* differ from write\.current\.application/,
      ),
    );
  });

  it('refuses an operation outside the permission sets, the retired extension and a server without its login host', () => {
    const spec = freshSpec();
    const sets = spec.components['x-graph-vpp-permission-sets'];
    sets.write.operations = sets.write.operations.filter((id: string) => id !== 'vppTokens.delete');
    syncLicenses(spec)['x-graph-vpp-permissions'] = 'write';
    delete spec.servers[2]['x-graph-vpp-login-host'];
    delete sets.read.seed.sources;
    expect(checkSecurity(spec)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('vppTokens.delete is in 0 permission sets'),
        expect.stringContaining('x-graph-vpp-permissions is retired'),
        expect.stringContaining(
          'servers[2] (https://dod-graph.microsoft.us/v1.0): x-graph-vpp-login-host is missing',
        ),
        expect.stringContaining('read.seed: sources (URLs) are missing'),
      ]),
    );
  });

  it('keeps both editions: the seed refuses application permissions, today accepts them', () => {
    const { write } = freshSpec().components['x-graph-vpp-permission-sets'];
    expect(write.seed.application).toBe('notSupported');
    expect(write.seed.delegatedWorkOrSchool).toEqual([
      'DeviceManagementServiceConfig.ReadWrite.All',
    ]);
    expect(write.current.application).toEqual([
      'DeviceManagementServiceConfig.ReadWrite.All',
      'DeviceManagementApps.ReadWrite.All',
    ]);
  });
});

describe('check-security command (what `nx run spec:lint` runs)', () => {
  it('exits 0 on the committed spec', () => {
    const script = new URL('./check-security.mjs', import.meta.url).pathname;
    const spec = new URL('../../spec/vpp-tokens.openapi.yaml', import.meta.url).pathname;
    const result = spawnSync(process.execPath, [script, spec], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('are consistent');
  });
});
