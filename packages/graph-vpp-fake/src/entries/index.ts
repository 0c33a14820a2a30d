export { createVppFake, type VppFake } from '../adapters/msw/createVppFake.js';
export { createVppFakeHandlers } from '../adapters/msw/vppFakeHandlers.js';
export type { OperationContract, PermissionEdition } from '../spec/operations.js';
export type { PermissionsEdition } from '../core/auth/authorize.js';
// Everything in `graph-vpp-fake/core` (the msw-free part) is also here.
export * from './core.js';
