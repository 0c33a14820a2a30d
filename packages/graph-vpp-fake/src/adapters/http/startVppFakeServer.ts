import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assembleVppFakeCore, type VppFakeCore } from '../../core/createVppFakeCore.js';
import type { VppFakeOptions } from '../../core/options.js';
import { apiVersion } from '../../core/routing/baseUrls.js';
import { createNodeRequestListener } from './nodeRequestListener.js';
import { refuseConnect } from './requestTarget.js';

/** Options for {@link startVppFakeServer}: every fake option plus where to listen. */
export interface StartVppFakeServerOptions extends VppFakeOptions {
  /** Default 0: a free port chosen by the OS. */
  port?: number;
  /** Default `127.0.0.1` (never all interfaces unless you ask). */
  host?: string;
  /** Serve an existing fake instead of creating one (its options win). */
  fake?: VppFakeCore;
}

/** A listening fake server: its URLs, the fake, the `node:http` server and `close()`. */
export interface RunningVppFakeServer {
  /** e.g. `http://127.0.0.1:53123`. */
  url: string;
  /** The Graph root to give clients, e.g. `http://127.0.0.1:53123/v1.0`. */
  baseUrl: string;
  /** The fake being served: seed, inspect and script it. */
  fake: VppFakeCore;
  /** The underlying `node:http` server. */
  server: Server;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * The fake over real HTTP with `node:http` only (no msw needed):
 *
 * ```ts
 * const { baseUrl, fake, close } = await startVppFakeServer({ port: 0 });
 * const client = createVppTokensClient({ authProvider, baseUrl });
 * ```
 */
export async function startVppFakeServer(
  options: StartVppFakeServerOptions = {},
): Promise<RunningVppFakeServer> {
  const { port = 0, host = '127.0.0.1', fake: given, ...fakeOptions } = options;
  // A server has no test driving its clock: fake time follows real time unless asked not to.
  const fake = given ?? assembleVppFakeCore(fakeOptions, true);
  let origin = '';
  const server = createServer(createNodeRequestListener(fake, () => origin));
  server.on('connect', refuseConnect);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${hostPart}:${address.port}`;
  const baseUrl = `${origin}/${apiVersion}`;
  fake.addBaseUrl(baseUrl);
  return {
    url: origin,
    baseUrl,
    fake,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          error ? reject(error) : resolve();
        });
        server.closeAllConnections();
      }),
  };
}
