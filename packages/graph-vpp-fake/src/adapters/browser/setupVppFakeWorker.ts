import * as msw from 'msw';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { VppFakeOptions } from '../../core/options.js';
import { createVppFakeWithDefaults, type VppFake } from '../msw/createVppFake.js';
import {
  mswMajorFromExports,
  unhandledRequestOption,
  type UnhandledStrategy,
} from '../msw/unhandledRequests.js';

/** Options for {@link setupVppFakeWorker}: every fake option plus msw settings. */
export interface SetupVppFakeWorkerOptions extends VppFakeOptions {
  /** What happens to requests no handler answers. Default `'error'`. */
  onUnhandledRequest?: UnhandledStrategy;
  /** More msw handlers to install after the fake's. */
  handlers?: RequestHandler[];
}

/** What {@link setupVppFakeWorker} returns: the msw worker, the fake and lifecycle helpers. */
export interface VppFakeWorker {
  /** The msw worker; prefer this object's `start()`, which sets the unhandled-request option. */
  worker: SetupWorker;
  /** The fake behind the handlers. */
  fake: VppFake;
  /** The installed msw's major version (2 or 3), detected from its root exports. */
  mswMajor: number;
  /**
   * `worker.start()` with the unhandled-request strategy under its right name for the installed
   * msw; other `start()` options (`serviceWorker.url`, `quiet`, …) are passed through.
   */
  start(options?: Record<string, unknown>): Promise<unknown>;
  /** Resets handlers and the fake; throws the first contract violation recorded since the last reset. */
  reset(): void;
  /** `worker.stop()`, awaited under msw 3 (where it returns a promise) and msw 2 alike. */
  stop(): Promise<void>;
}

/**
 * msw's `setupWorker` with the fake installed, for the browser. Copy msw's worker script into your
 * public folder first: `npx msw init public/ --save`.
 */
export function setupVppFakeWorker(options: SetupVppFakeWorkerOptions = {}): VppFakeWorker {
  const { onUnhandledRequest = 'error', handlers = [], ...fakeOptions } = options;
  // Nobody drives the clock in a browser page: fake time follows real time unless asked not to.
  const fake = createVppFakeWithDefaults(fakeOptions, true);
  const worker = setupWorker(...fake.handlers, ...handlers);
  const mswMajor = mswMajorFromExports(msw);
  return {
    worker,
    fake,
    mswMajor,
    start: (startOptions = {}) =>
      worker.start({
        ...unhandledRequestOption(mswMajor, onUnhandledRequest),
        ...startOptions,
      }),
    reset() {
      worker.resetHandlers();
      const violation = fake.contractViolations[0];
      fake.reset();
      if (violation) throw violation;
    },
    // msw 3 returns a Promise from stop(); msw 2 returns nothing.
    stop: async () => {
      await (worker.stop() as unknown);
    },
  };
}
