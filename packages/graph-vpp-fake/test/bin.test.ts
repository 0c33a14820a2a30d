// Runs the built bin (the Nx test target depends on build).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin/graph-vpp-fake.js', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]) {
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run npx nx run graph-vpp-fake:build first`);
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      resolve(code);
    }),
  );
  const output = () => ({ stdout, stderr });
  const line = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) resolve(match);
      };
      child.stdout.on('data', check);
      child.on('exit', () => {
        reject(new Error(`exited before printing ${pattern}: ${stderr}`));
      });
      check();
    });
  return { child, exited, output, line };
}

// Spawning node processes can be slow when Nx runs other tasks beside this one.
describe('graph-vpp-fake bin', { timeout: 30_000 }, () => {
  it('serve --port 0 prints the base URL, answers requests and stops on SIGTERM', async () => {
    const server = run(['serve', '--port', '0']);
    const [, baseUrl] = await server.line(/listening on (http:\/\/127\.0\.0\.1:\d+\/v1\.0)/);
    const token = run(['token']);
    expect(await token.exited).toBe(0);
    const response = await fetch(`${baseUrl}/deviceAppManagement/vppTokens`, {
      headers: { authorization: `Bearer ${token.output().stdout.trim()}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { value: unknown[] }).value.length).toBeGreaterThan(0);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output().stdout).toContain('SIGTERM, stopping');
  });

  it('stops on SIGINT', async () => {
    const server = run(['serve', '--port', '0']);
    await server.line(/listening on/);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it.each([
    [[], /missing command/],
    [['start'], /unknown command "start"/],
    [['serve', '--port', 'abc'], /--port must be an integer from 0 to 65535, got "abc"/],
    [['serve', '--port', '70000'], /--port must be an integer/],
    [['serve', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 with a usage error for %j', async (args, message) => {
    const cli = run(args);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(message);
    expect(cli.output().stderr).toContain('Usage: graph-vpp-fake serve');
  });
});
