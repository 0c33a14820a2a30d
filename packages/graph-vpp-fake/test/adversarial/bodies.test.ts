// Bodies Graph refuses are refused by the fake: non-JSON media types (415), bodies over 4 MB
// (413), another entity's @odata.type (400). Refused writes must leave the store unchanged.
import { describe, expect, it } from 'vitest';
import { createVppFakeCore, type VppFakeCore } from '../../src/entries/core.js';
import { call, seedIds, tokensPath } from '../support/requests.js';
import { noFailures, Tally, type GraphAnswer } from './tally.js';

const tally = new Tally();

const patchPath = `${tokensPath}/${seedIds.contosoBusiness}`;
const validPatch = JSON.stringify({ organizationName: 'Renamed' });
const validCreate = JSON.stringify({ token: 'abc', organizationName: 'New Org' });

/** Sends bytes, so that fetch adds no Content-Type of its own (`undefined` sends none). */
async function send(
  fake: VppFakeCore,
  method: string,
  path: string,
  body: string,
  contentType: string | undefined,
) {
  const headers: Record<string, string> = { authorization: `Bearer ${fake.mintAccessToken()}` };
  if (contentType !== undefined) headers['content-type'] = contentType;
  const response = await fake.fetch(`https://graph.microsoft.com/v1.0${path}`, {
    method,
    headers,
    body: new TextEncoder().encode(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as GraphAnswer) : undefined };
}

function expectRefused(
  fake: VppFakeCore,
  name: string,
  answer: { status: number; json: GraphAnswer | undefined },
  status: number,
  messagePattern: RegExp,
): void {
  tally.cases += 1;
  if (answer.status >= 500) tally.record('serverErrors', `${name}: ${answer.status}`);
  else if (answer.status !== status) tally.record('wrongAnswers', `${name}: ${answer.status}`);
  else if (!messagePattern.test(String(answer.json?.error?.message)))
    tally.record('unclearErrors', `${name}: ${String(answer.json?.error?.message)}`);
  const stored = fake.getVppToken(seedIds.contosoBusiness);
  if (stored?.organizationName !== 'Contoso Ltd' || fake.listVppTokens().length !== 6)
    tally.record('lostUpdates', `${name}: a refused write changed the store`);
}

describe('adversarial: request bodies', () => {
  const refusedTypes = [
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'text/json',
    'application/jsonx',
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/octet-stream',
    'json',
    '',
    undefined,
  ];

  it.each(['POST', 'PATCH'])('%s: non-JSON media types get 415 RequestBodyRead', async (method) => {
    for (const type of refusedTypes) {
      const fake = createVppFakeCore();
      const path = method === 'POST' ? tokensPath : patchPath;
      const answer = await send(
        fake,
        method,
        path,
        method === 'POST' ? validCreate : validPatch,
        type,
      );
      expectRefused(
        fake,
        `${method} ${type ?? '(no Content-Type)'}`,
        answer,
        415,
        /application\/json/,
      );
      expect(answer.json?.error?.code).toBe('RequestBodyRead');
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('application/json with any parameters and any case is accepted', async () => {
    const accepted = [
      'application/json',
      'Application/JSON',
      'APPLICATION/JSON; CHARSET=UTF-8',
      'application/json;odata.metadata=minimal;odata.streaming=true',
      ' application/json ; charset=utf-8',
    ];
    for (const type of accepted) {
      const fake = createVppFakeCore();
      const answer = await send(fake, 'PATCH', patchPath, validPatch, type);
      tally.cases += 1;
      if (answer.status !== 200) tally.record('wrongAnswers', `${type}: ${answer.status}`);
      if (fake.getVppToken(seedIds.contosoBusiness)?.organizationName !== 'Renamed')
        tally.record('lostUpdates', `${type}: accepted PATCH not stored`);
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('bodies over 4 MB get 413, at any size past the limit; 4 MB exactly is read', async () => {
    const limit = 4 * 1024 * 1024;
    for (const extra of [1, 2, 1024, 3 * limit]) {
      const fake = createVppFakeCore();
      const body = validPatch + ' '.repeat(limit - validPatch.length + extra);
      const answer = await send(fake, 'PATCH', patchPath, body, 'application/json');
      expectRefused(fake, `PATCH of ${limit + extra} bytes`, answer, 413, /4 MB/);
      expect(fake.requests.at(-1)).toMatchObject({ status: 413, bodyTruncated: true });
    }
    const fake = createVppFakeCore();
    const exact = validPatch + ' '.repeat(limit - validPatch.length);
    const answer = await send(fake, 'PATCH', patchPath, exact, 'application/json');
    tally.cases += 1;
    if (answer.status !== 200) tally.record('wrongAnswers', `exactly 4 MB: ${answer.status}`);
    expect(tally.failures).toEqual(noFailures);
  });

  it.each(['POST', 'PATCH'])('%s: another entity type in @odata.type gets 400', async (method) => {
    const foreign: unknown[] = [
      '#microsoft.graph.user',
      '#microsoft.graph.iosVppApp',
      'microsoft.graph.deviceAppManagement',
      '#microsoft.graph.vppTokenActionResult',
      '#Microsoft.Graph.VppToken',
      '#microsoft.graph.vppToken ',
      '',
      42,
      null,
      ['#microsoft.graph.vppToken'],
    ];
    for (const type of foreign) {
      const fake = createVppFakeCore();
      const fields = JSON.parse(method === 'POST' ? validCreate : validPatch) as Record<
        string,
        unknown
      >;
      const body = JSON.stringify({ '@odata.type': type, ...fields });
      const answer = await send(
        fake,
        method,
        method === 'POST' ? tokensPath : patchPath,
        body,
        'application/json',
      );
      expectRefused(
        fake,
        `${method} @odata.type ${JSON.stringify(type)}`,
        answer,
        400,
        /microsoft\.graph\.vppToken/,
      );
    }
    for (const own of ['#microsoft.graph.vppToken', 'microsoft.graph.vppToken']) {
      const fake = createVppFakeCore();
      const answer = await call(fake, 'PATCH', patchPath, {
        body: { '@odata.type': own, organizationName: 'Renamed' },
      });
      tally.cases += 1;
      if (answer.status !== 200) tally.record('wrongAnswers', `own type ${own}: ${answer.status}`);
    }
    expect(tally.failures).toEqual(noFailures);
  });
});

describe('adversarial totals', () => {
  it('tried at least 60 cases', () => {
    expect(tally.cases).toBeGreaterThanOrEqual(60);
  });
});
