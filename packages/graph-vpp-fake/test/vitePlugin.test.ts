// The Vite plugin with a real Vite dev server and a real `vite build`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { vppFakeWorker } from '../src/entries/vite.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const installedWorker = readFileSync(
  createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'),
  'utf8',
);

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A tiny app inside this package, so msw resolves from it as it would in a consumer's app. */
function appDir(): string {
  const dir = mkdtempSync(path.join(here, '.vite-app-'));
  dirs.push(dir);
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script type="module" src="./main.js"></script>',
  );
  writeFileSync(path.join(dir, 'main.js'), 'document.title = "app";\n');
  return dir;
}

describe('vppFakeWorker', () => {
  it('serves the installed msw worker script byte for byte in vite dev', async () => {
    const root = appDir();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
      plugins: [vppFakeWorker()],
    });
    await server.listen();
    try {
      const address = server.httpServer?.address();
      if (!address || typeof address === 'string') throw new Error('no dev server address');
      const response = await fetch(`http://127.0.0.1:${address.port}/mockServiceWorker.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('javascript');
      expect(await response.text()).toBe(installedWorker);
    } finally {
      await server.close();
    }
  });

  it('leaves the worker out of vite build by default and emits it with build: true', async () => {
    const root = appDir();
    const outDir = (name: string) => path.join(root, name);
    for (const [name, plugin] of [
      ['plain', vppFakeWorker()],
      ['demo', vppFakeWorker({ build: true })],
    ] as const) {
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        build: { outDir: outDir(name), emptyOutDir: true },
        plugins: [plugin],
      });
    }
    expect(existsSync(path.join(outDir('plain'), 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir('plain'), 'mockServiceWorker.js'))).toBe(false);
    expect(readFileSync(path.join(outDir('demo'), 'mockServiceWorker.js'), 'utf8')).toBe(
      installedWorker,
    );
  });

  it('rejects a path that is not a file path, saying what to pass', () => {
    expect(() => vppFakeWorker({ path: 'worker.js' })).toThrow(
      /must be a file path starting with "\/"/,
    );
  });
});
