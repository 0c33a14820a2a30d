// `graph-vpp-fake/node`: msw's setupServer with the fake installed, for Node tests.
export {
  setupVppFakeServer,
  installedMswMajor,
  type SetupVppFakeServerOptions,
  type VppFakeServer,
} from '../adapters/node/setupVppFakeServer.js';
export {
  mswMajorFromVersion,
  unhandledRequestOption,
  type UnhandledStrategy,
} from '../adapters/msw/unhandledRequests.js';
