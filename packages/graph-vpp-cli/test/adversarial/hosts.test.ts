// --base-url never sends the access token outside the policy: the cloud's Graph host, loopback,
// or a host named exactly by --allow-host; link-local and metadata addresses are refused in every
// spelling the URL parser accepts. --cloud takes its four names only.
import { createVppFake } from 'graph-vpp-fake';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/index.js';
import { noFailures, Tally } from './tally.js';

const tally = new Tally();

const secret = 'eyJhbGciOiJub25lIn0.eyJzZWNyZXQiOiJ5ZXMifQ.c2VjcmV0LWFjY2Vzcy10b2tlbg';

/** Runs the CLI; every request that reaches `fetch` is recorded with its host. */
async function run(argv: string[]) {
  const fake = createVppFake();
  const sent: { host: string; authorized: boolean }[] = [];
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--access-token', secret], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    isTTY: false,
    clock: fake.clock,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push({
        host: new URL(request.url).hostname,
        authorized: request.headers.has('authorization'),
      });
      return Promise.resolve(Response.json({ value: [] }));
    },
  });
  return { code, stdout, stderr, sent };
}

function judgeLeaks(
  name: string,
  result: Awaited<ReturnType<typeof run>>,
  allowed: readonly string[],
) {
  for (const request of result.sent)
    if (request.authorized && !allowed.includes(request.host))
      tally.record('leaks', `${name}: token sent to ${request.host}`);
  if ((result.stdout + result.stderr).includes(secret))
    tally.record('leaks', `${name}: token printed`);
}

const metadataSpellings: [string, RegExp][] = [
  ['https://169.254.169.254/v1.0', /169\.254\.169\.254/],
  ['http://169.254.169.254/latest/meta-data', /169\.254\.169\.254/],
  ['https://2852039166/v1.0', /169\.254\.169\.254/],
  ['https://0xA9FEA9FE/v1.0', /169\.254\.169\.254/],
  ['https://0xa9.0xfe.0xa9.0xfe/v1.0', /169\.254\.169\.254/],
  ['https://0251.0376.0251.0376/v1.0', /169\.254\.169\.254/],
  ['https://169.254.43518/v1.0', /169\.254\.169\.254/],
  ['https://169.16689662/v1.0', /169\.254\.169\.254/],
  ['https://169.254.169.254./v1.0', /169\.254\.169\.254/],
  ['https://%31%36%39.254.169.254/v1.0', /169\.254\.169\.254/],
  ['https://169。254。169。254/v1.0', /169\.254\.169\.254/],
  ['https://１６９.２５４.１６９.２５４/v1.0', /169\.254\.169\.254/],
  ['https://user:pw@169.254.169.254:8443/v1.0', /169\.254\.169\.254/],
  ['https://[::ffff:169.254.169.254]/v1.0', /::ffff:a9fe:a9fe/],
  ['https://[::FFFF:a9fe:a9fe]/v1.0', /::ffff:a9fe:a9fe/],
  ['https://[0:0:0:0:0:ffff:169.254.169.254]/v1.0', /::ffff:a9fe:a9fe/],
  ['https://[::169.254.169.254]/v1.0', /a9fe:a9fe/],
  ['https://[64:ff9b::169.254.169.254]/v1.0', /a9fe:a9fe/],
  ['https://169.254.1.1/v1.0', /169\.254\.1\.1/],
  ['https://169.254.170.2/v2/credentials', /169\.254\.170\.2/],
  ['https://[fd00:ec2::254]/v1.0', /fd00:ec2::254/],
  ['https://[FD00:EC2:0:0:0:0:0:254]/v1.0', /fd00:ec2::254/],
  ['https://[fe80::1]/v1.0', /fe80::1/],
  ['https://[febf:ffff::1]/v1.0', /febf:ffff::1/],
  ['https://[fe80::1%25eth0]/v1.0', /fe80/],
  ['https://metadata.google.internal/v1.0', /metadata\.google\.internal/],
  ['https://METADATA.Google.Internal./v1.0', /metadata\.google\.internal/],
  ['https://metadata.goog/v1.0', /metadata\.goog/],
  ['https://100.100.100.200/v1.0', /100\.100\.100\.200/],
  ['https://0x646464C8/v1.0', /100\.100\.100\.200/],
  ['https://1684301000/v1.0', /100\.100\.100\.200/],
  ['https://168.63.129.16/v1.0', /168\.63\.129\.16/],
];

describe('adversarial: where --base-url may send the access token', () => {
  it('link-local and metadata addresses: exit 2 naming the host, even with --allow-host', async () => {
    for (const [url, names] of metadataSpellings) {
      for (const allow of [
        [],
        ['--allow-host', '169.254.169.254'],
        ['--allow-host', 'metadata.google.internal'],
      ]) {
        const name = `${url} ${allow.join(' ')}`;
        tally.cases += 1;
        const result = await run(['tokens', 'list', '--base-url', url, ...allow]);
        judgeLeaks(name, result, []);
        if (result.sent.length > 0) tally.record('leaks', `${name}: a request was sent`);
        if (result.code !== 2) tally.record('wrongAnswers', `${name}: exit ${result.code}`);
        else if (!names.test(result.stderr))
          tally.record('unclearErrors', `${name}: ${result.stderr.split('\n')[0] ?? ''}`);
      }
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('any other host needs --allow-host naming it exactly', async () => {
    const hosts = [
      'graph.microsoft.com.evil.example',
      'graph.microsoft.co',
      'graph.rnicrosoft.com',
      'graph-microsoft.com',
      'graph.microsoft.us', // usGov's host while --cloud is global
      'microsoftgraph.chinacloudapi.cn',
      'graph.microsoft.com-login.example',
      '10.0.0.5',
      'proxy.contoso.example',
    ];
    for (const host of hosts) {
      const url = `https://${host}/v1.0`;
      tally.cases += 3;
      const refused = await run(['tokens', 'list', '--base-url', url]);
      judgeLeaks(`${host} without --allow-host`, refused, []);
      if (refused.code !== 2 || !refused.stderr.includes(`--allow-host ${host}`))
        tally.record(
          'unclearErrors',
          `${host}: exit ${refused.code} ${refused.stderr.split('\n')[0] ?? ''}`,
        );
      const otherAllowed = await run([
        'tokens',
        'list',
        '--base-url',
        url,
        '--allow-host',
        `x${host}`,
      ]);
      judgeLeaks(`${host} with another --allow-host`, otherAllowed, []);
      if (otherAllowed.code !== 2)
        tally.record(
          'wrongAnswers',
          `${host} with another --allow-host: exit ${otherAllowed.code}`,
        );
      const allowed = await run([
        'tokens',
        'list',
        '--base-url',
        url,
        '--allow-host',
        host.toUpperCase(),
      ]);
      judgeLeaks(`${host} allowed`, allowed, [host]);
      if (allowed.code !== 0 || allowed.sent.length === 0)
        tally.record(
          'wrongAnswers',
          `${host} with --allow-host: exit ${allowed.code}, ${allowed.sent.length} requests`,
        );
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('the cloud host and loopback need no --allow-host', async () => {
    const cases: [string[], string][] = [
      [['--base-url', 'https://graph.microsoft.com/v1.0'], 'graph.microsoft.com'],
      [['--base-url', 'https://GRAPH.microsoft.COM/v1.0'], 'graph.microsoft.com'],
      [['--cloud', 'usGov', '--base-url', 'https://graph.microsoft.us/v1.0'], 'graph.microsoft.us'],
      [['--base-url', 'http://127.0.0.1:4010/v1.0'], '127.0.0.1'],
      [['--base-url', 'http://127.1:4010/v1.0'], '127.0.0.1'],
      [['--base-url', 'http://localhost:4010/v1.0'], 'localhost'],
      [['--base-url', 'http://[::1]:4010/v1.0'], '[::1]'],
      [[], 'graph.microsoft.com'],
    ];
    for (const [flags, host] of cases) {
      tally.cases += 1;
      const result = await run(['tokens', 'list', ...flags]);
      judgeLeaks(flags.join(' '), result, [host]);
      if (result.code !== 0 || result.sent[0]?.host !== host)
        tally.record('wrongAnswers', `${flags.join(' ')}: exit ${result.code} ${result.stderr}`);
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('--cloud takes its four names only', async () => {
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'prototype',
      'Global',
      'GLOBAL',
      'usgov',
      'USGOV',
      'china ',
      ' china',
      '',
      'global\u0000',
      'public',
      'usGovDoD.',
    ];
    for (const cloud of names) {
      tally.cases += 1;
      const result = await run(['tokens', 'list', '--cloud', cloud]);
      judgeLeaks(`--cloud ${cloud}`, result, []);
      if (result.code !== 2 || result.sent.length > 0)
        tally.record('wrongAnswers', `--cloud ${JSON.stringify(cloud)}: exit ${result.code}`);
      else if (!result.stderr.includes('global, usGov, usGovDoD, china'))
        tally.record(
          'unclearErrors',
          `--cloud ${JSON.stringify(cloud)}: ${result.stderr.split('\n')[0] ?? ''}`,
        );
    }
    expect(tally.failures).toEqual(noFailures);
  });
});

describe('adversarial totals', () => {
  it('tried at least 80 cases', () => {
    expect(tally.cases).toBeGreaterThanOrEqual(80);
  });
});
