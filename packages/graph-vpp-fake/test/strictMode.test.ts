import { describe, expect, it } from 'vitest';
import { createVppFake, FakeContractError } from '../src/entries/index.js';
import { call, seedIds, tokensPath } from './support/requests.js';

describe('strict mode: every response is checked against the spec', () => {
  it('rejects handle() with FakeContractError when a seeded token drifts (bad enum value)', async () => {
    const fake = createVppFake({ vppTokens: [{ id: 'drifted', state: 'retired' }] });
    const error = await call(fake, 'GET', `${tokensPath}/drifted`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeContractError);
    expect((error as FakeContractError).operationId).toBe('vppTokens.get');
    expect((error as FakeContractError).message).toMatch(/\/state must be one of/);
    expect(fake.contractViolations).toHaveLength(1);
    expect(() => {
      fake.assertNoContractViolations();
    }).toThrow(FakeContractError);
  });

  it('catches drift inside a list page and unknown properties', async () => {
    const fake = createVppFake({ vppTokens: [{ id: 'a', licenseCount: 3 }] });
    await expect(call(fake, 'GET', tokensPath)).rejects.toThrow(/unknown property 'licenseCount'/);
  });

  it('is on by default and can be turned off', async () => {
    const fake = createVppFake({ strict: false, vppTokens: [{ id: 'drifted', state: 'retired' }] });
    const r = await call(fake, 'GET', `${tokensPath}/drifted`);
    expect(r.status).toBe(200);
    expect(r.json.state).toBe('retired');
    expect(fake.contractViolations).toHaveLength(0);
  });

  it('validates the docs-wrapped form against the wrapped schema', async () => {
    const fake = createVppFake({
      docsWrappedResponses: true,
      vppTokens: [{ id: 'ok' }, { id: 'drifted', lastSyncStatus: 'stuck' }],
    });
    const ok = await call(fake, 'GET', `${tokensPath}/ok`);
    expect(ok.json.value.id).toBe('ok');
    const error = (await call(fake, 'GET', `${tokensPath}/drifted`).catch(
      (e: unknown) => e,
    )) as FakeContractError;
    expect(error).toBeInstanceOf(FakeContractError);
    expect(error.schemaPointer).toBe(
      '/components/x-graph-vpp-docs-examples/vppTokenDocsWrapped/x-graph-vpp-schema',
    );
    expect(error.problems.join()).toMatch(/\/value\/lastSyncStatus must be one of/);
  });

  it('passes valid answers of every operation (no false alarms)', async () => {
    const fake = createVppFake();
    await call(fake, 'GET', tokensPath);
    await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`);
    await call(fake, 'POST', tokensPath, { body: { token: 'x' } });
    await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, { body: { state: 'valid' } });
    await call(fake, 'POST', `${tokensPath}/${seedIds.fabrikam}/syncLicenses`);
    await call(fake, 'DELETE', `${tokensPath}/${seedIds.fabrikam}`);
    await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}`);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200, 201, 200, 200, 204, 404]);
    expect(fake.contractViolations).toEqual([]);
  });
});
