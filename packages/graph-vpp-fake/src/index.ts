export { createVppFake, type VppFake } from './createVppFake.js';
export { createVppFakeHandlers } from './msw/vppFakeHandlers.js';
export type { OperationContract } from './contract/operations.js';
// Everything in `graph-vpp-fake/core` (the msw-free part) is also here.
export * from './core.js';
