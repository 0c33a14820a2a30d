import type { HttpHandler } from 'msw';
import { createVppFakeCore, type VppFakeCore } from './core/createVppFakeCore.js';
import type { VppFakeOptions } from './core/options.js';
import { createVppFakeHandlers } from './msw/vppFakeHandlers.js';

/** The fake with its msw handlers. */
export interface VppFake extends VppFakeCore {
  /** msw request handlers for `setupServer(...fake.handlers)` or `setupWorker(...fake.handlers)`. */
  readonly handlers: HttpHandler[];
}

/**
 * A stateful fake of Microsoft Graph's vppTokens API, driven by the bundled spec.
 *
 * ```ts
 * const fake = createVppFake({ pageSize: 2 });
 * const server = setupServer(...fake.handlers);
 * const token = fake.mintToken(); // send as `Authorization: Bearer …`
 * ```
 */
export function createVppFake(options: VppFakeOptions = {}): VppFake {
  const core = createVppFakeCore(options);
  return Object.assign(core, { handlers: createVppFakeHandlers(core) });
}
