import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
// Types only: vite is an optional peer.
import type { Plugin } from 'vite';

/** Options for {@link vppFakeWorker}. */
export interface VppFakeWorkerPluginOptions {
  /** Where the page registers msw's worker from. Default `/mockServiceWorker.js`. */
  path?: string;
  /** Also emit the worker script into `vite build` output (a demo build). Default false. */
  build?: boolean;
}

/**
 * msw's `mockServiceWorker.js`, read from the msw installed for `root` (msw 2.12+ and 3 both
 * export it as `msw/mockServiceWorker.js`). It carries msw's version and checksum, so reading it
 * from the installed msw means it always matches the msw the page runs.
 */
export function readMswWorkerScript(root: string = process.cwd()): string {
  const require = createRequire(path.join(root, 'package.json'));
  let file: string;
  try {
    file = require.resolve('msw/mockServiceWorker.js');
  } catch {
    throw new Error(
      `graph-vpp-fake/vite: msw is not installed for ${root}; install it (npm install -D msw) to serve its worker script.`,
    );
  }
  return readFileSync(file, 'utf8');
}

/**
 * A Vite plugin that serves msw's worker script in `vite dev` at `path`, read from the installed
 * msw on every request (no `msw init`, no copy in the repository to go stale), and keeps it out of
 * `vite build` output unless `build: true`.
 */
export function vppFakeWorker(options: VppFakeWorkerPluginOptions = {}): Plugin {
  const workerPath = options.path ?? '/mockServiceWorker.js';
  if (!workerPath.startsWith('/') || workerPath.endsWith('/')) {
    throw new Error(
      `graph-vpp-fake/vite: path must be a file path starting with "/", got "${workerPath}"`,
    );
  }
  let root = process.cwd();
  return {
    name: 'graph-vpp-fake:msw-worker',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== workerPath) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(readMswWorkerScript(root));
      });
    },
    generateBundle() {
      if (options.build !== true) return;
      this.emitFile({
        type: 'asset',
        fileName: workerPath.slice(1),
        source: readMswWorkerScript(root),
      });
    },
  };
}
