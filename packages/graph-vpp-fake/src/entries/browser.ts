// `graph-vpp-fake/browser`: msw's setupWorker with the fake installed, for the browser.
export {
  setupVppFakeWorker,
  type SetupVppFakeWorkerOptions,
  type VppFakeWorker,
} from '../adapters/browser/setupVppFakeWorker.js';
export {
  mswMajorFromExports,
  unhandledRequestOption,
  type UnhandledStrategy,
} from '../adapters/msw/unhandledRequests.js';
