/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   these tests break the parsed spec (plain YAML data, typed any) in place, on purpose. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkExamples } from './check-examples.mjs';

const specText = readFileSync(
  new URL('../../spec/vpp-tokens.openapi.yaml', import.meta.url),
  'utf8',
);
const freshSpec = () => parse(specText) as Record<string, any>;

describe('spec example check', () => {
  it('passes on the committed spec and checks every kind of example', () => {
    const { checked, failures } = checkExamples(freshSpec());
    expect(failures).toEqual([]);
    expect(checked).toContain(
      'POST /deviceAppManagement/vppTokens request application/json examples.docs',
    );
    expect(checked).toContain(
      'POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses 200 application/json examples.unwrapped',
    );
    expect(checked).toContain(
      'POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses 200 application/json x-graph-vpp-docs-examples.vppTokenDocsWrapped',
    );
    expect(checked).toContain(
      'GET /deviceAppManagement/vppTokens 429 application/json examples.throttled',
    );
    expect(checked).toContain(
      'GET /deviceAppManagement/vppTokens 429 header Retry-After examples.fractionalSeconds',
    );
  });

  it('fails when an example breaks its schema (an enum value the spec does not list)', () => {
    const spec = freshSpec();
    spec.components.examples.vppTokenUnwrapped.value.state = 'bogus';
    const { failures } = checkExamples(spec);
    expect(failures.map((f) => f.where)).toContain(
      'GET /deviceAppManagement/vppTokens/{vppTokenId} 200 application/json examples.unwrapped',
    );
    expect(failures[0]!.errors.join()).toMatch(
      /\/state must be equal to one of the allowed values/,
    );
  });

  it('fails when the schema breaks (a property retyped)', () => {
    const spec = freshSpec();
    spec.components.schemas.vppToken.properties.automaticallyUpdateApps.type = 'integer';
    expect(checkExamples(spec).failures.length).toBeGreaterThan(0);
  });

  it('checks date-times with the Graph pattern and format', () => {
    const spec = freshSpec();
    spec.components.examples.vppTokenWriteRequest.value.expirationDateTime = '2016-12-31 23:57';
    expect(checkExamples(spec).failures.map((f) => f.errors.join())).toContainEqual(
      expect.stringMatching(/expirationDateTime must/),
    );
  });

  it('accepts null only where the spec says nullable', () => {
    const spec = freshSpec();
    spec.components.examples.vppTokenWriteRequest.value.organizationName = null;
    expect(checkExamples(spec).failures).toEqual([]);
    spec.components.examples.vppTokenWriteRequest.value.automaticallyUpdateApps = null;
    expect(checkExamples(spec).failures.length).toBeGreaterThan(0);
  });

  it('validates the docs-wrapped example against the wrapped form, which the bare schema would reject', () => {
    const spec = freshSpec();
    const wrapped = spec.components['x-graph-vpp-docs-examples'].vppTokenDocsWrapped;
    wrapped.value.value.lastSyncStatus = 'sometimes';
    expect(checkExamples(spec).failures.map((f) => f.where)).toContainEqual(
      expect.stringContaining('x-graph-vpp-docs-examples.vppTokenDocsWrapped'),
    );
    // And the wrapped form must not validate as a bare vppToken with extra members allowed by accident.
    wrapped.value.value.lastSyncStatus = 'completed';
    wrapped['x-graph-vpp-schema'].properties.value = { type: 'string' };
    expect(checkExamples(spec).failures.length).toBeGreaterThan(0);
  });

  it('checks Retry-After examples: seconds with a fraction, or an HTTP date, nothing else', () => {
    const spec = freshSpec();
    const examples = spec.components.headers['Retry-After'].examples;
    expect(checkExamples(spec).failures).toEqual([]);
    examples.fractionalSeconds.value = 'soon';
    examples.httpDate.value = '2026-12-01T21:30:00Z';
    expect(checkExamples(spec).failures.map((f) => f.where)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('429 header Retry-After examples.fractionalSeconds'),
        expect.stringContaining('503 header Retry-After examples.httpDate'),
      ]),
    );
  });

  it('reports a docs example name that does not exist', () => {
    const spec = freshSpec();
    spec.paths['/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses'].post.responses[
      '200'
    ].content['application/json']['x-graph-vpp-docs-examples'] = ['missing'];
    expect(checkExamples(spec).failures).toEqual([
      expect.objectContaining({ errors: ['no such docs example in components'] }),
    ]);
  });
});

describe('check-examples command (what `nx run spec:lint` runs)', () => {
  const script = new URL('./check-examples.mjs', import.meta.url).pathname;

  function run(specYaml: string) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spec-check-'));
    const file = path.join(dir, 'spec.yaml');
    writeFileSync(file, specYaml);
    try {
      return spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('exits 0 on the committed spec', () => {
    const result = run(specText);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^All \d+ examples in .* match their schemas\.$/m);
  });

  it('exits 1 and names the example when one is broken', () => {
    const result = run(
      specText.replace('vppTokenAccountType: education', 'vppTokenAccountType: enterprise'),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('do not match their schema');
    expect(result.stderr).toContain(
      '/vppTokenAccountType must be equal to one of the allowed values',
    );
  });
});
