export { createVppFake, type VppFake } from '../adapters/msw/createVppFake.js';
export { createVppFakeHandlers } from '../adapters/msw/vppFakeHandlers.js';
export type { OperationContract } from '../spec/operations.js';
// Everything in `graph-vpp-fake/core` (the msw-free part) is also here.
export * from './core.js';
