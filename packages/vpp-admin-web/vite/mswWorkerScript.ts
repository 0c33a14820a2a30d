import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** Where the page registers msw's service worker from (its scope is then the whole page). */
export const mswWorkerUrl = '/mockServiceWorker.js';

/** msw's worker script from the installed msw (it carries msw's version and integrity checksum). */
export function readMswWorkerScript(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
}

/**
 * Serves msw's `mockServiceWorker.js` in `vite dev` and, when the build contains demo mode, emits
 * it into `dist/`. It is read from the installed msw every time and never copied into the
 * repository, so it always matches the msw that talks to it.
 */
export function mswWorkerScript(options: { emitInBuild: boolean }): Plugin {
  return {
    name: 'vpp-admin-web:msw-worker-script',
    configureServer(server) {
      server.middlewares.use(mswWorkerUrl, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(readMswWorkerScript());
      });
    },
    generateBundle() {
      if (!options.emitInBuild) return;
      this.emitFile({
        type: 'asset',
        fileName: mswWorkerUrl.slice(1),
        source: readMswWorkerScript(),
      });
    },
  };
}
