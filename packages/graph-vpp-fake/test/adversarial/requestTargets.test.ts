// The standalone server answers every request-target form and garbage with a clean 4xx (never a
// 500 with an internal message), over raw sockets so that no client library tidies the request.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVppFakeServer, type RunningVppFakeServer } from '../../src/entries/server.js';
import { noFailures, Tally } from './tally.js';

const tally = new Tally();
let running: RunningVppFakeServer;
beforeAll(async () => {
  running = await startVppFakeServer({ realTime: false });
});
afterAll(async () => {
  await running.close();
});

/** Writes raw bytes and reads until the server closes or a full response head arrives. */
function exchange(raw: string | Buffer): Promise<string> {
  const { port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const head = received.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      if (head >= 0 && length !== undefined && received.length >= head + 4 + Number(length))
        socket.end();
    });
    socket.on('end', () => {
      resolve(received);
    });
    socket.on('close', () => {
      resolve(received);
    });
    socket.on('error', reject);
    socket.write(raw);
  });
}

function judge(name: string, response: string): void {
  tally.cases += 1;
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
  if (status >= 500) tally.record('serverErrors', `${name}: ${response.slice(0, 200)}`);
  else if (status < 400) tally.record('wrongAnswers', `${name}: ${status || 'no answer'}`);
  else if (/TypeError|Invalid URL|Failed to parse|at .*\.js:\d+/.test(response))
    tally.record('unclearErrors', `${name}: leaks an internal message`);
}

describe('adversarial: request targets on the standalone server', () => {
  const targets: [string, string][] = [
    ['absolute-form', 'GET http://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens HTTP/1.1'],
    ['absolute-form to itself', 'GET http://127.0.0.1/v1.0/deviceAppManagement/vppTokens HTTP/1.1'],
    [
      'absolute-form https',
      'DELETE https://evil.example/v1.0/deviceAppManagement/vppTokens/x HTTP/1.1',
    ],
    ['asterisk-form', 'OPTIONS * HTTP/1.1'],
    ['asterisk-form GET', 'GET * HTTP/1.1'],
    ['authority-form', 'CONNECT graph.microsoft.com:443 HTTP/1.1'],
    ['authority-form without CONNECT', 'GET graph.microsoft.com:443 HTTP/1.1'],
    ['scheme-relative', 'GET //evil.example/v1.0 HTTP/1.1'],
    ['no leading slash', 'GET v1.0/deviceAppManagement/vppTokens HTTP/1.1'],
    ['percent garbage', 'GET /%zz%%/v1.0 HTTP/1.1'],
    ['backslashes', 'GET /\\\\evil.example\\v1.0 HTTP/1.1'],
    ['unknown method', 'BREW /v1.0/deviceAppManagement/vppTokens HTTP/1.1'],
    ['no version', 'GET /v1.0/deviceAppManagement/vppTokens'],
    ['HTTP/9', 'GET /v1.0 HTTP/9.9'],
    ['space in target', 'GET /v1.0/device App HTTP/1.1'],
    ['NUL in target', 'GET /v1.0/\u0000 HTTP/1.1'],
  ];

  it.each(targets)('%s gets a clean 4xx', async (name, requestLine) => {
    judge(name, await exchange(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    expect(tally.failures).toEqual(noFailures);
  });

  it('garbage bytes and broken framing get a clean 4xx', async () => {
    const garbage: [string, string | Buffer][] = [
      [
        'binary',
        Buffer.from([
          0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a,
        ]),
      ],
      ['just CRLFs and junk', 'hello\r\n\r\n'],
      ['header without colon', 'GET /v1.0 HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n'],
      [
        'two content-lengths',
        'POST /v1.0/deviceAppManagement/vppTokens HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      ],
      [
        'bad chunked',
        'POST /v1.0/deviceAppManagement/vppTokens HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      ],
    ];
    for (const [name, raw] of garbage) judge(name, await exchange(raw));
    expect(tally.failures).toEqual(noFailures);
  });
});

describe('adversarial totals', () => {
  it('tried at least 20 cases', () => {
    expect(tally.cases).toBeGreaterThanOrEqual(20);
  });
});
