import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../src/index.js';
import { checkFake, daysFromNow, healthyVppToken, vppTokenId } from './support/checkFake.js';

const id = vppTokenId(7);
const innerToken = 'INNER-APPLE-TOKEN-NEVER-PRINT-91c2';

function sTokenText(fields: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(fields)).toString('base64');
}
const goodFields = {
  token: innerToken,
  expDate: '2027-06-01T10:00:00-0700',
  orgName: 'Org 0007',
};

async function fileWith(content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'graph-vpp-renew-'));
  const file = join(dir, 'new.vpptoken');
  await writeFile(file, content);
  return file;
}

function renewFake() {
  return checkFake({ vppTokens: [healthyVppToken(id, { expirationDateTime: daysFromNow(3) })] });
}

describe('graph-vpp renew: refuses bad sToken files with exit 2 before sending anything', () => {
  const badFiles: [string, string | Buffer, RegExp][] = [
    ['empty', '', /it is empty/],
    ['not base64', 'this is not base64!', /not base64 text/],
    ['base64 of no JSON', Buffer.from('hello').toString('base64'), /not JSON/],
    ['a JSON array', Buffer.from('[1,2]').toString('base64'), /not a JSON object/],
    ['missing fields', sTokenText({ token: innerToken }), /it has no expDate, orgName/],
    [
      'a number as expDate',
      sTokenText({ ...goodFields, expDate: 20270601 }),
      /expDate is not text/,
    ],
    ['an object as token', sTokenText({ ...goodFields, token: { a: 1 } }), /token is not text/],
    [
      'an unreadable date',
      sTokenText({ ...goodFields, expDate: 'next June' }),
      /"next June" is not a date/,
    ],
    [
      'expired',
      sTokenText({ ...goodFields, expDate: '2026-06-01T00:00:00-0700' }),
      /expired on 2026-06-01T07:00:00\.000Z/,
    ],
    [
      'too large',
      Buffer.alloc(70 * 1024, 'A'),
      /is 71680 bytes; an Apple VPP token file is under 64 KB/,
    ],
  ];
  it.each(badFiles)('%s', async (_name, content, message) => {
    const fake = renewFake();
    const file = await fileWith(content);
    const result = await fake.run(['renew', id, '--file', file]);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(innerToken);
    expect(fake.requests()).toHaveLength(0);
  });

  it('a missing file, or none given', async () => {
    const fake = renewFake();
    const missing = await fake.run([
      'renew',
      id,
      '--file',
      join(tmpdir(), 'no-such-4711.vpptoken'),
    ]);
    expect(missing.code).toBe(exitCodes.usage);
    expect(missing.stderr).toMatch(/does not exist/);
    const none = await fake.run(['renew', id]);
    expect(none.code).toBe(exitCodes.usage);
    expect(none.stderr).toMatch(/needs --file <sToken file>/);
    expect(fake.requests()).toHaveLength(0);
  });

  it('another organisation: only the GET, no upload, unless --force', async () => {
    const fake = renewFake();
    const file = await fileWith(sTokenText({ ...goodFields, orgName: 'Someone Else Inc' }));
    const refused = await fake.run(['renew', id, '--file', file]);
    expect(refused.code).toBe(exitCodes.usage);
    expect(refused.stderr).toMatch(
      /is for "Someone Else Inc", but vppToken .* belongs to "Org 0007"\. Nothing was uploaded/,
    );
    expect(fake.requests().map((r) => r.operationId)).toEqual(['vppTokens.get']);
    await fake.run(['renew', id, '--file', file, '--force', '--timeout', '60']);
    expect(fake.requests().map((r) => r.operationId)).toContain('vppTokens.update');
  });
});

describe('graph-vpp renew: upload and verify', () => {
  it('shows the old and new expiry, PATCHes the file text as the token, never prints it', async () => {
    const fake = renewFake();
    const text = sTokenText(goodFields);
    const file = await fileWith(`${text}\n`);
    const result = await fake.run(['renew', id, '--file', file, '--timeout', '120']);
    expect(result.stdout).toContain(`expires now:    ${daysFromNow(3)}`);
    expect(result.stdout).toContain('new file until: 2027-06-01T17:00:00.000Z (Org 0007)');
    for (const secret of [innerToken, text]) {
      expect(result.stdout).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
    }
    const patch = fake.requests().find((r) => r.operationId === 'vppTokens.update');
    expect(patch?.body).toEqual({ token: text });
    expect(fake.requests().map((r) => r.operationId)).toContain('vppTokens.syncLicenses');
    // The fake reads the uploaded sToken when the sync after the PATCH completes.
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toContain(
      'Renewed: Intune reports state valid, expiry 2027-06-01T17:00:00.000Z.',
    );
    expect(fake.storedVppToken(id)?.expirationDateTime).toBe('2027-06-01T17:00:00.000Z');
    expect(fake.storedVppToken(id)?.state).toBe('valid');
  });
});

describe('graph-vpp renew: not verified in time', () => {
  it('exits 1 with what Intune reports when the sync does not finish within --timeout', async () => {
    const fake = renewFake(); // its syncs take 60 s of fake time
    const file = await fileWith(sTokenText(goodFields));
    const result = await fake.run(['renew', id, '--file', file, '--timeout', '20']);
    expect(result.code).toBe(exitCodes.syncFailed);
    expect(result.stdout).toContain(
      `Not verified within --timeout: Intune reports state valid, expiry ${daysFromNow(3)}, last sync inProgress.`,
    );
    expect(result.stdout).not.toContain('Renewed:');
  });
});
