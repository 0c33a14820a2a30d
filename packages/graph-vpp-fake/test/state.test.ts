import { describe, expect, it } from 'vitest';
import { createVppFake, defaultVppTokens } from '../src/entries/index.js';
import { call, fixedStart, intuneReadable, seedIds, tokensPath } from './support/requests.js';

describe('state: create, get, patch, delete, reset, seeding', () => {
  it('seeds a realistic default set', () => {
    const tokens = createVppFake().listVppTokens();
    expect(tokens).toHaveLength(defaultVppTokens.length);
    expect(new Set(tokens.map((t) => t.vppTokenAccountType))).toEqual(
      new Set(['business', 'education']),
    );
    expect(tokens.filter((t) => t.state === 'expired')).toHaveLength(1);
    expect(tokens.filter((t) => t.state === 'invalid')).toHaveLength(1);
    expect(new Set(tokens.map((t) => t.countryOrRegion)).size).toBeGreaterThanOrEqual(4);
  });

  it('seeds from the tokens option, filling the rest with defaults', async () => {
    const fake = createVppFake({
      startTime: fixedStart,
      vppTokens: [{ id: 'only-one', organizationName: 'Solo' }],
    });
    const r = await call(fake, 'GET', tokensPath);
    expect(r.json.value).toEqual([
      expect.objectContaining({
        id: 'only-one',
        organizationName: 'Solo',
        state: 'valid',
        lastSyncStatus: 'none',
      }),
    ]);
  });

  it('creates with 201, a server-assigned GUID and lastModifiedDateTime; a later list sees it', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    const r = await call(fake, 'POST', tokensPath, {
      body: {
        '@odata.type': '#microsoft.graph.vppToken',
        token: 'abc',
        organizationName: 'New Org',
      },
    });
    expect(r.status).toBe(201);
    expect(r.json.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(r.json.lastModifiedDateTime).toBe(new Date(fixedStart).toISOString());
    expect(r.json['@odata.type']).toBeUndefined();
    const list = await call(fake, 'GET', tokensPath);
    expect(list.json.value.map((t: any) => t.id)).toContain(r.json.id);
    expect(list.json.value).toHaveLength(defaultVppTokens.length + 1);
  });

  it('gets by id case-insensitively', async () => {
    const fake = createVppFake();
    const r = await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam.toUpperCase()}`);
    expect(r.status).toBe(200);
    expect(r.json.id).toBe(seedIds.fabrikam);
  });

  it('patches with 200 and the whole updated token', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    fake.clock.advance(5_000);
    const r = await call(fake, 'PATCH', `${tokensPath}/${seedIds.contosoBusiness}`, {
      body: { organizationName: 'Contoso Renamed' },
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      id: seedIds.contosoBusiness,
      organizationName: 'Contoso Renamed',
      countryOrRegion: 'us',
    });
    expect(r.json.lastModifiedDateTime).toBe(new Date(fixedStart + 5_000).toISOString());
  });

  it.each(['id', 'lastModifiedDateTime'])(
    'refuses the read-only %s in a PATCH with 400',
    async (property) => {
      const fake = createVppFake();
      const value = property === 'id' ? 'x' : '2026-01-01T00:00:00Z';
      const r = await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
        body: { [property]: value },
      });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('BadRequest');
      expect(intuneReadable(r.json)).toContain(`The property '${property}' is read-only`);
    },
  );

  it('deletes with 204; later calls 404 in Intune form', async () => {
    const fake = createVppFake();
    const del = await call(fake, 'DELETE', `${tokensPath}/${seedIds.fabrikam}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    for (const [method, path] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/syncLicenses'],
    ] as const) {
      const r = await call(
        fake,
        method,
        `${tokensPath}/${seedIds.fabrikam}${path}`,
        method === 'PATCH' ? { body: {} } : {},
      );
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.json.error.code).toBe('ResourceNotFound');
      expect(intuneReadable(r.json)).toMatch(
        new RegExp(
          `Url: https://fef\\.msub02\\.manage\\.microsoft\\.com/AppleVppService/deviceAppManagement/vppTokens\\('${seedIds.fabrikam}'\\)`,
        ),
      );
    }
  });

  it('reset() restores the seed, the clock and clears the journal', async () => {
    const fake = createVppFake({ startTime: fixedStart });
    await call(fake, 'DELETE', `${tokensPath}/${seedIds.fabrikam}`);
    await call(fake, 'POST', tokensPath, { body: { token: 't' } });
    fake.clock.advance(1000);
    fake.reset();
    expect(fake.listVppTokens().map((t) => t.id)).toEqual(defaultVppTokens.map((t) => t.id));
    expect(fake.requests).toHaveLength(0);
    expect(fake.clock.now()).toBe(fixedStart);
  });
});

describe('bad input: 400 BadRequest', () => {
  const fake = createVppFake();
  const cases: [string, { body?: unknown; rawBody?: string }, RegExp][] = [
    ['malformed JSON', { rawBody: '{"token": ' }, /Unable to read JSON request payload/],
    ['an unknown property', { body: { tokne: 'x' } }, /unknown property 'tokne'/],
    [
      'a wrong type',
      { body: { automaticallyUpdateApps: 'yes' } },
      /\/automaticallyUpdateApps must be boolean/,
    ],
    [
      'a bad enum value',
      { body: { state: 'revoked' } },
      /\/state must be one of: unknown, valid, expired, invalid, assignedToExternalMDM/,
    ],
    ['null for a non-nullable property', { body: { lastSyncStatus: null } }, /\/lastSyncStatus/],
    ['a non-object body', { body: [1, 2] }, /must be object/],
    ['no body at all', {}, /A request body is required/],
    [
      'a bad date-time',
      { body: { expirationDateTime: 'tomorrow' } },
      /\/expirationDateTime must match/,
    ],
  ];
  it.each(cases)('create with %s', async (_name, input, message) => {
    const r = await call(fake, 'POST', tokensPath, input);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BadRequest');
    expect(intuneReadable(r.json)).toMatch(message);
  });

  it.each(cases.slice(0, 5))('patch with %s', async (_name, input, message) => {
    const r = await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, input);
    expect(r.status).toBe(400);
    expect(intuneReadable(r.json)).toMatch(message);
  });

  it('accepts @odata.type in a body', async () => {
    const r = await call(fake, 'PATCH', `${tokensPath}/${seedIds.fabrikam}`, {
      body: { '@odata.type': '#microsoft.graph.vppToken' },
    });
    expect(r.status).toBe(200);
  });

  it('refuses any body sent to syncLicenses', async () => {
    for (const body of [{}, { force: true }]) {
      const r = await call(fake, 'POST', `${tokensPath}/${seedIds.fabrikam}/syncLicenses`, {
        body,
      });
      expect(r.status).toBe(400);
      expect(intuneReadable(r.json)).toMatch(/does not accept a request body/);
    }
    expect(fake.getVppToken(seedIds.fabrikam)?.lastSyncStatus).toBe('none');
  });

  it('refuses query options the spec does not declare', async () => {
    const r = await call(fake, 'GET', `${tokensPath}?$filter=state eq 'valid'`);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/^Query option 'filter' is not allowed/);
    const onGet = await call(fake, 'GET', `${tokensPath}/${seedIds.fabrikam}?$top=1`);
    expect(onGet.status).toBe(400);
  });

  it.each([
    ['$top=-1', /\$top/],
    ['$top=abc', /\$top/],
    ['$count=maybe', /\$count/],
    ['$select=id,id', /\$select/],
    ['$select=nope', /Could not find a property named 'nope'/],
  ])('refuses %s', async (query, message) => {
    const r = await call(fake, 'GET', `${tokensPath}?${query}`);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(message);
  });

  it('answers every request with request-id, client-request-id and Date', async () => {
    const own = await call(fake, 'GET', tokensPath, {
      headers: { 'client-request-id': 'my-id-1' },
    });
    expect(own.headers.get('client-request-id')).toBe('my-id-1');
    expect(own.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(own.headers.get('date')).toBe(new Date(fake.clock.now()).toUTCString());
    const none = await call(fake, 'GET', '/nowhere', { token: null });
    expect(none.headers.get('client-request-id')).toBe(none.headers.get('request-id'));
    expect(none.json.error.innerError['request-id']).toBe(none.headers.get('request-id'));
    expect(none.json.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });
});
