// Runs the recipe as shipped: the workflow file through a real GitHub workflow validator, and the
// workflow's check step and the cron script through bash against the CLI's built-in fake.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked, type Tokens } from 'marked';
import parsePrometheus from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const cliBin = resolve(here, '../../packages/graph-vpp-cli/dist/bin/graph-vpp.js');
const workflowFile = join(here, 'vpp-token-check.yml');

interface Workflow {
  jobs: Record<string, { steps: { name?: string; run?: string; env?: Record<string, string> }[] }>;
}

/** A folder with a `graph-vpp` on PATH that runs the built CLI, as `npm install --global` would. */
async function pathWithGraphVpp(): Promise<string> {
  const bin = await mkdtemp(join(tmpdir(), 'graph-vpp-bin-'));
  const shim = join(bin, 'graph-vpp');
  await writeFile(shim, `#!/bin/sh\nexec "${process.execPath}" "${cliBin}" "$@"\n`);
  await chmod(shim, 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

function bash(script: string, env: Record<string, string>, args: string[] = []) {
  // GitHub runs `run:` steps as `bash --noprofile --norc -eo pipefail {0}`.
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script, 'recipe', ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('examples/scheduled-check', () => {
  it('the workflow passes a GitHub workflow validator', async () => {
    let validateWorkflow: ((src: string) => { errors: unknown[] }) | undefined;
    try {
      ({ validateWorkflow } = await import('@action-validator/core'));
    } catch (error) {
      const message = `SKIPPED: @action-validator/core could not load (${String(error)}); the workflow was NOT validated.`;
      if (process.env.CI === 'true') throw new Error(message, { cause: error });
      console.warn(`\n*** ${message} ***\n`);
      return;
    }
    const source = await readFile(workflowFile, 'utf8');
    expect(validateWorkflow(source).errors).toEqual([]);
    // The validator itself can fail: a broken copy is refused.
    expect(
      validateWorkflow(source.replace('runs-on: ubuntu-latest', 'runz-on: ubuntu-latest')).errors,
    ).not.toEqual([]);
  });

  it("the workflow's check step appends a markdown report to the job summary and fails the step", async () => {
    const workflow = parseYaml(await readFile(workflowFile, 'utf8')) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const step = steps.find((s) => s.run?.includes('graph-vpp') && s.env?.GRAPH_VPP_SIGN_IN);
    expect(step?.env?.GRAPH_VPP_SIGN_IN).toBe('--azure-cli');
    const summary = join(await mkdtemp(join(tmpdir(), 'graph-vpp-summary-')), 'summary.md');
    await writeFile(summary, '# Earlier step\n\n');
    const result = await bash(step?.run ?? 'false', {
      PATH: await pathWithGraphVpp(),
      GRAPH_VPP_SIGN_IN: '--fake',
      GITHUB_STEP_SUMMARY: summary,
    });
    // The fake's demo data holds an expired and an invalid token: the run must fail.
    expect(result.code).toBe(1);
    const text = await readFile(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n\n## Apple VPP tokens')).toBe(true);
    const table = marked.lexer(text).find((t): t is Tokens.Table => t.type === 'table');
    expect(table?.rows.length).toBeGreaterThan(2);
    const levels = table?.rows.map((row) => row[0]?.text) ?? [];
    expect(levels.some((level) => level?.includes('critical'))).toBe(true);
  }, 60_000);

  it('the cron script writes the Prometheus textfile atomically and exits 0 with unhealthy tokens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-vpp-textfile-'));
    const script = join(here, 'graph-vpp-textfile.sh');
    const result = await bash(
      'sh "$1"',
      {
        PATH: await pathWithGraphVpp(),
        GRAPH_VPP_SIGN_IN: '--fake',
        TEXTFILE_DIR: dir,
      },
      [script],
    );
    expect(result.stderr).toContain('FAKE MODE');
    expect(result.code).toBe(0);
    expect(await readdir(dir)).toEqual(['graph_vpp.prom']);
    const families = parsePrometheus(await readFile(join(dir, 'graph_vpp.prom'), 'utf8'));
    const level = families.find((f) => f.name === 'graph_vpp_token_level');
    expect(level?.metrics.map((m) => m.value)).toContain('2');
  }, 60_000);

  it('the cron script exits 2 with what to do when the textfile folder is missing', async () => {
    const result = await bash(
      'sh "$1"',
      {
        PATH: await pathWithGraphVpp(),
        GRAPH_VPP_SIGN_IN: '--fake',
        TEXTFILE_DIR: join(tmpdir(), 'graph-vpp-no-such-dir-4711'),
      },
      [join(here, 'graph-vpp-textfile.sh')],
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not exist\. Create it first/);
  }, 60_000);

  it('the cron script with --client-credentials and no app configured exits 3 naming the variables, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-vpp-textfile-'));
    const env: Record<string, string> = {
      PATH: await pathWithGraphVpp(),
      GRAPH_VPP_SIGN_IN: '--client-credentials',
      TEXTFILE_DIR: dir,
    };
    // The runner's own Azure variables must not leak into this run.
    for (const name of Object.keys(process.env)) if (name.startsWith('AZURE_')) env[name] = '';
    const result = await bash('sh "$1"', env, [join(here, 'graph-vpp-textfile.sh')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /not set: AZURE_TENANT_ID .*AZURE_CLIENT_ID .*AZURE_CLIENT_SECRET/,
    );
    expect(await readdir(dir)).toEqual([]);
  }, 60_000);
});
