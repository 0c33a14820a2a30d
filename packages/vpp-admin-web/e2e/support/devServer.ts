import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningDevServer {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  close(): Promise<void>;
}

/** `vite dev` for this package on 127.0.0.1 and a free port, in demo mode, without file watching. */
export async function startDevServer(): Promise<RunningDevServer> {
  process.env.VITE_VPP_DEMO = 'true';
  const server = await createServer({
    root: packageRoot,
    configFile: `${packageRoot}/vite.config.mts`,
    mode: 'development',
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null, hmr: false },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
