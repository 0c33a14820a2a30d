/* eslint-disable no-control-regex -- matching control characters is what this file is for */
// Control characters from service data or echoed input never reach a terminal raw: tables,
// check formats, errors and progress show them as escapes; --json stays exact JSON.
import { describe, expect, it } from 'vitest';
import { harness, validTokens } from '../support/cliHarness.js';
import { noFailures, Tally } from './tally.js';

const tally = new Tally();

const hostile = [
  '\u001b[31mRED\u001b[0m',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  'bell\u0007',
  'c1 csi \u009b31m',
  'c1 osc \u009d0;t\u009c',
  'del\u007f',
  'bidi \u202egnp.exe',
  'isolate \u2066x\u2069',
  'back\bspace',
  'carriage\rreturn',
  'line\nbreak',
  'tab\tbed',
  'nul\u0000',
  'sep\u2028line',
];
// What may reach the terminal raw: \n, \t and CSV's \r\n, the progress line's own "\r\x1b[2K".
const raw =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function seeds() {
  return validTokens(hostile.length).map((seed, i) => ({
    ...seed,
    organizationName: hostile[i] ?? '',
  }));
}

function judge(name: string, text: string): void {
  tally.cases += 1;
  const shown = text.replaceAll('\r\u001b[2K', '');
  const found = raw.exec(shown);
  if (found)
    tally.record('leaks', `${name}: raw U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('adversarial: control characters in CLI output', () => {
  it.each([
    [['tokens', 'list', '--wait']],
    [['tokens', 'list']],
    [['tokens', 'get', '00000000-0000-4000-8000-000000000001']],
    [['sync', '--all', '--wait']],
    [['check']],
    [['check', '--format', 'markdown']],
    [['check', '--format', 'csv']],
    [['check', '--format', 'prometheus']],
  ])('%j: service data is shown escaped', async (argv) => {
    const { fake, run } = harness({ vppTokens: seeds() });
    for (const isTTY of [false, true]) {
      const env = { GRAPH_VPP_ACCESS_TOKEN: fake.mintAccessToken() };
      const result = await run(argv, env, isTTY);
      judge(`${argv.join(' ')} tty=${isTTY} stdout`, result.stdout);
      judge(`${argv.join(' ')} tty=${isTTY} stderr`, result.stderr);
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('--json stays exact JSON: parsing gives back every byte of the service data', async () => {
    const { fake, run } = harness({ vppTokens: seeds() });
    const env = { GRAPH_VPP_ACCESS_TOKEN: fake.mintAccessToken() };
    for (const argv of [
      ['tokens', 'list', '--json'],
      ['check', '--format', 'json'],
    ]) {
      const result = await run(argv, env);
      judge(`${argv.join(' ')} stdout`, result.stdout);
      const parsed = JSON.parse(result.stdout) as unknown;
      const names = JSON.stringify(parsed).match(/"organizationName":"(?:[^"\\]|\\.)*"/g) ?? [];
      tally.cases += 1;
      const decoded = names.map(
        (n) => (JSON.parse(`{${n}}`) as { organizationName: string }).organizationName,
      );
      if (!hostile.every((h) => decoded.includes(h)))
        tally.record('wrongAnswers', `${argv.join(' ')}: JSON no longer holds the exact names`);
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('errors carrying service messages and echoed input are escaped', async () => {
    const { fake, run } = harness();
    const env = { GRAPH_VPP_ACCESS_TOKEN: fake.mintAccessToken() };
    for (const message of hostile) {
      fake.failNext({ status: 400, message, times: 1 });
      const result = await run(['tokens', 'list'], env);
      expect(result.code).not.toBe(0);
      judge(`Graph error ${JSON.stringify(message)}`, result.stderr);
    }
    for (const input of ['\u001b]0;x\u0007', 'a\u009bb', 'id\u202e']) {
      judge(
        `echoed id ${JSON.stringify(input)}`,
        (await run(['tokens', 'get', input], env)).stderr,
      );
      judge(`echoed command ${JSON.stringify(input)}`, (await run([input], env)).stderr);
      judge(
        `echoed --cloud ${JSON.stringify(input)}`,
        (await run(['tokens', 'list', '--cloud', input], env)).stderr,
      );
    }
    expect(tally.failures).toEqual(noFailures);
  });
});

describe('adversarial totals', () => {
  it('tried at least 40 cases', () => {
    expect(tally.cases).toBeGreaterThanOrEqual(40);
  });
});
