// What a credential throws reaches users as a GraphAuthError that keeps the AADSTS code and
// text, never dumps unknown objects, and redacts anything shaped like a token — in the message,
// in nested causes and in non-Error throwables — including through util.inspect of the error.
import { inspect } from 'node:util';
import { RequestInformation } from '@microsoft/kiota-abstractions';
import { describe, expect, it } from 'vitest';
import { createGraphAuthProvider, GraphAuthError } from '../../src/index.js';
import { fakeJwt } from '../support/jwt.js';

const jwt = fakeJwt({ aud: 'https://graph.microsoft.com', secret: 'JWT-PAYLOAD-SECRET' });
const opaque = 'OPAQUE-SECRET-0123456789abcdef';
const secrets = [jwt, jwt.split('.')[1] ?? jwt, opaque, 'JWT-PAYLOAD-SECRET', 'hunter2-secret'];

function withCause(message: string, cause: unknown): Error {
  return new Error(message, { cause });
}
const circular: { message: string; cause?: unknown } = { message: `AADSTS90002: loop ${jwt}` };
circular.cause = circular;

/** [label, what the credential throws, text the user must still see]. */
const throwables: [string, () => unknown, string[]][] = [
  [
    'AADSTS error, no secrets',
    () =>
      new Error(
        'AADSTS50076: Due to a configuration change made by your administrator, you must use MFA.',
      ),
    ['AADSTS50076', 'you must use MFA'],
  ],
  [
    'JWT in the message',
    () => new Error(`AADSTS50173: The grant was revoked. Token: ${jwt}`),
    ['AADSTS50173', 'The grant was revoked', '[redacted JWT]'],
  ],
  [
    'Bearer header in the message',
    () => new Error(`request failed with Authorization: Bearer ${opaque}`),
    ['Bearer [redacted]'],
  ],
  [
    'access_token in a form body',
    () =>
      new Error(
        `AADSTS7000215: Invalid client secret. body: grant_type=x&client_secret=hunter2-secret&access_token=${opaque}`,
      ),
    ['AADSTS7000215', 'client_secret=[redacted]', 'access_token=[redacted]'],
  ],
  [
    'JSON with tokens',
    () => new Error(`{"error":"invalid_grant","access_token":"${opaque}","id_token":"${jwt}"}`),
    ['invalid_grant'],
  ],
  [
    'nested causes',
    () =>
      withCause(
        'AADSTS700082: The refresh token has expired',
        withCause(`inner ${jwt}`, new Error(`innermost Bearer ${opaque}`)),
      ),
    [
      'AADSTS700082',
      'The refresh token has expired',
      '(cause: inner [redacted JWT]',
      'innermost Bearer [redacted]',
    ],
  ],
  ['circular cause', () => circular, ['AADSTS90002']],
  ['a thrown string', () => `AADSTS500011: resource not found ${jwt}`, ['AADSTS500011']],
  [
    'a thrown plain object',
    () => ({ token: opaque, response: { body: jwt } }),
    ['a non-Error Object value'],
  ],
  [
    'an MSAL-style object',
    () => ({
      errorCode: 'invalid_grant',
      errorMessage: `AADSTS70000: grant invalid ${jwt}`,
      accessToken: opaque,
    }),
    ['AADSTS70000', 'grant invalid'],
  ],
  ['a thrown number', () => 42, ['a non-Error number value']],
  ['a thrown null', () => null, ['null']],
  ['a thrown undefined', () => undefined, ['undefined']],
  [
    'a named Error subclass',
    () =>
      Object.assign(new Error(`AADSTS65001: consent ${jwt}`), {
        name: 'AuthenticationRequiredError',
        token: opaque,
      }),
    ['AuthenticationRequiredError: AADSTS65001'],
  ],
  [
    'a huge message',
    () => new Error(`AADSTS50058: ${'x'.repeat(20_000)} ${jwt}`),
    ['AADSTS50058', '(truncated)'],
  ],
  [
    'an AggregateError',
    () => new AggregateError([new Error(jwt)], `AADSTS50020: user not in tenant ${jwt}`),
    ['AggregateError: AADSTS50020'],
  ],
];

async function failureOf(thrown: () => unknown): Promise<GraphAuthError> {
  const provider = createGraphAuthProvider({
    credential: {
      getToken: () => {
        throw thrown();
      },
    },
  });
  const request = new RequestInformation();
  request.urlTemplate = 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens';
  return (await provider.authenticateRequest(request).catch((e: unknown) => e)) as GraphAuthError;
}

describe('credential failures', () => {
  let leaked = 0;
  let unclear = 0;
  it.each(throwables)('%s', async (_label, thrown, mustShow) => {
    const error = await failureOf(thrown);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect(error.code).toBe('token-unavailable');
    const everything = `${error.message}\n${inspect(error, { depth: 20 })}\n${JSON.stringify(error)}`;
    leaked += secrets.filter((s) => everything.includes(s)).length;
    if (
      !error.message.startsWith(
        'Could not get an access token for https://graph.microsoft.com/.default: ',
      )
    )
      unclear++;
    for (const text of mustShow) expect(error.message).toContain(text);
    expect(error.message.length).toBeLessThan(3_000);
    expect(error.message).toMatch(/The next request will try again\.$/);
    expect(leaked).toBe(0);
    expect(unclear).toBe(0);
  });

  it('keeps a redacted cause with the original error name', async () => {
    const error = await failureOf(() =>
      Object.assign(new Error(`AADSTS50076: MFA ${jwt}`), { name: 'AuthenticationError' }),
    );
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe('AuthenticationError');
    expect((error.cause as Error).message).toBe(
      'AuthenticationError: AADSTS50076: MFA [redacted JWT]',
    );
  });
});
