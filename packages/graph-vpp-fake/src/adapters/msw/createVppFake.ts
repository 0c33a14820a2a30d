import type { HttpHandler } from 'msw';
import { assembleVppFakeCore, type VppFakeCore } from '../../core/createVppFakeCore.js';
import type { VppFakeOptions } from '../../core/options.js';
import { createVppFakeHandlers } from './vppFakeHandlers.js';

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
 * const accessToken = fake.mintAccessToken(); // send as `Authorization: Bearer …`
 * ```
 */
export function createVppFake(options: VppFakeOptions = {}): VppFake {
  return createVppFakeWithDefaults(options, false);
}

/** `createVppFake` for adapters whose `realTime` default is true (the browser helper). */
export function createVppFakeWithDefaults(
  options: VppFakeOptions,
  realTimeByDefault: boolean,
): VppFake {
  const core = assembleVppFakeCore(options, realTimeByDefault);
  return Object.assign(core, { handlers: createVppFakeHandlers(core) });
}
