// The built bin, as `npm start` runs it: real process, real time, the embedded fake.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodes, runCli } from '../src/index.js';

const bin = fileURLToPath(new URL('../dist/bin/graph-vpp.js', import.meta.url));

describe('graph-vpp bin', () => {
  it('npm start: --fake sync --all --wait prints the banner and the synced table, exit 0', () => {
    const result = spawnSync(process.execPath, [bin, '--fake', 'sync', '--all', '--wait'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, GRAPH_VPP_ACCESS_TOKEN: '' },
    });
    expect(result.stderr).toContain('*** FAKE MODE');
    expect(result.status).toBe(exitCodes.ok);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^TOKEN\s+ORGANISATION\s+STATE\s+LAST SYNC STATUS\s+LAST SYNC \(UTC\)\s+NOTE$/,
    );
    expect(result.stdout).toMatch(/\svalid\s+completed\s/);
    expect(result.stdout).toMatch(/\sexpired\s+\S+.*renew/);
    expect(result.stdout).toMatch(/synced: \d+ completed, 0 failed; \d+ need renewal/);
  }, 60_000);

  it('--help and --version', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: graph-vpp');
    expect(spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout).toMatch(
      /^graph-vpp \d+\.\d+\.\d+/,
    );
  });

  it('exits 2 on a usage error', () => {
    const result = spawnSync(process.execPath, [bin, 'sync', '..'], { encoding: 'utf8' });
    expect(result.status).toBe(exitCodes.usage);
    expect(result.stderr).toContain('is a path segment');
  });

  it('fake serve answers real HTTP on 127.0.0.1 until stopped', async () => {
    let stdout = '';
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runCli(['fake', 'serve', '--port', '0'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      env: {},
      isTTY: false,
      stop: stopped,
    });
    // Loading the fake server takes over a second on a loaded machine; poll longer than the default 1 s.
    await expect
      .poll(() => stdout, { timeout: 15_000 })
      .toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/v1\.0/);
    const baseUrl = /listening on (\S+)/.exec(stdout)![1]!;
    const response = await fetch(`${baseUrl}/deviceAppManagement/vppTokens`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    stop();
    expect(await running).toBe(exitCodes.ok);
    await expect(fetch(`${baseUrl}/deviceAppManagement/vppTokens`)).rejects.toThrow();
  });

  it('fake serve --port in use: a clear error, exit 4', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    const child = spawn(process.execPath, [bin, 'fake', 'serve', '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    blocker.close();
    expect(code).toBe(exitCodes.service);
    expect(stderr).toContain(`could not start the fake on 127.0.0.1:${port}`);
  });
});
