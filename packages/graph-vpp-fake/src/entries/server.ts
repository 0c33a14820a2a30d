// `graph-vpp-fake/server`: the fake over real HTTP with `node:http` only (no msw needed), and the
// one `serve` command both `graph-vpp-fake serve` and `graph-vpp fake serve` run.
export {
  startVppFakeServer,
  type RunningVppFakeServer,
  type StartVppFakeServerOptions,
} from '../adapters/http/startVppFakeServer.js';
export {
  parseFakeServeArgs,
  serveVppFake,
  fakeServeDefaults,
  fakeServeUsage,
  FakeServeUsageError,
  type FakeServeOptions,
  type FakeServeIo,
} from '../adapters/http/serveVppFake.js';
export { createVppFakeCore, type VppFakeCore } from '../core/createVppFakeCore.js';
export type { VppFakeOptions } from '../core/options.js';
