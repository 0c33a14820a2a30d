import { createRequire } from 'node:module';
import type { RequestHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import type { VppFakeOptions } from '../../core/options.js';
import { createVppFake, type VppFake } from '../msw/createVppFake.js';
import {
  mswMajorFromVersion,
  unhandledRequestOption,
  type UnhandledStrategy,
} from '../msw/unhandledRequests.js';

/** Options for {@link setupVppFakeServer}: every fake option plus msw settings. */
export interface SetupVppFakeServerOptions extends VppFakeOptions {
  /** What happens to requests no handler answers. Default `'error'`: they fail loudly. */
  onUnhandledRequest?: UnhandledStrategy;
  /** More msw handlers to install after the fake's (e.g. for other APIs the code under test calls). */
  handlers?: RequestHandler[];
}

/** What {@link setupVppFakeServer} returns: the msw server, the fake and test-lifecycle helpers. */
export interface VppFakeServer {
  /** The msw server; its `listen()` already applies the unhandled-request strategy. */
  server: SetupServer;
  /** The fake behind the handlers: seed, inspect and script it in tests. */
  fake: VppFake;
  /** The installed msw's major version (2 or 3), which decides the listen option's name. */
  mswMajor: number;
  /** `server.listen()` with the strategy; extra options are passed through. */
  listen(options?: Record<string, unknown>): void;
  /**
   * For `afterEach`: resets msw handlers and the fake, then throws the first contract violation
   * recorded during the test (msw would otherwise have turned it into a 500 the test might accept).
   */
  reset(): void;
  /** `server.close()`. */
  close(): void;
}

/**
 * msw's `setupServer` with the fake installed, for Node tests:
 *
 * ```ts
 * const { server, fake, reset } = setupVppFakeServer();
 * beforeAll(() => server.listen());
 * afterEach(() => reset());
 * afterAll(() => server.close());
 * ```
 */
export function setupVppFakeServer(options: SetupVppFakeServerOptions = {}): VppFakeServer {
  const { onUnhandledRequest = 'error', handlers = [], ...fakeOptions } = options;
  const fake = createVppFake(fakeOptions);
  const server = setupServer(...fake.handlers, ...handlers);
  const mswMajor = installedMswMajor();
  const originalListen = server.listen.bind(server);
  const listen = (listenOptions: Record<string, unknown> = {}) => {
    originalListen({
      ...unhandledRequestOption(mswMajor, onUnhandledRequest),
      ...listenOptions,
    });
  };
  // `server.listen()` as written in every msw guide must fail loudly too, not only our `listen`.
  server.listen = listen;
  server.events.on('unhandledException', ({ error }) => {
    if (error instanceof Error && error.name === 'FakeContractError') {
      console.error(`[graph-vpp-fake] ${error.message}`);
    }
  });
  return {
    server,
    fake,
    mswMajor,
    listen,
    reset() {
      server.resetHandlers();
      const violation = fake.contractViolations[0];
      fake.reset();
      if (violation) throw violation;
    },
    close: () => {
      server.close();
    },
  };
}

/** The installed msw's major version, read from its package.json (exported by msw 2 and 3). */
export function installedMswMajor(): number {
  const require = createRequire(import.meta.url);
  const { version } = require('msw/package.json') as { version: string };
  return mswMajorFromVersion(version);
}
