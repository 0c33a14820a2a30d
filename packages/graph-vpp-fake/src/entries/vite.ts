// `graph-vpp-fake/vite`: serves msw's worker script from the installed msw (Node, build time only).
export {
  vppFakeWorker,
  readMswWorkerScript,
  type VppFakeWorkerPluginOptions,
} from '../adapters/vite/vppFakeWorker.js';
