// `graph-vpp-fake/core`: the fake without its msw adapter, for code that has no msw installed
// (the graph-vpp CLI's --fake mode, anything using `fake.fetch` or `fake.handle` directly).
export {
  createVppFakeCore,
  type VppFakeCore,
  type VppFakeAppleSide,
} from '../core/createVppFakeCore.js';
export { defaultVppApps } from '../core/apps/defaultVppApps.js';
export type { VppAppRecord, VppAppSeed, LicenseCounts } from '../core/apps/vppApp.js';
export type { VppFakeOptions, FailingTokenSync } from '../core/options.js';
export type { FakeClock } from '../core/clock/fakeClock.js';
export { FakeContractError } from '../core/errors/fakeContractError.js';
export type { FailNextOptions } from '../core/faults/faultQueue.js';
export type { JournalEntry, JournalOptions } from '../core/journal/requestJournal.js';
export type { ThrottlingOptions } from '../core/throttling/throttle.js';
export type { MintAccessTokenOptions } from '../core/auth/accessToken.js';
export {
  personalAccountTenantId,
  defaultTenantId,
  defaultAppId,
} from '../core/auth/accessToken.js';
export { defaultVppTokens, demoVppTokens } from '../core/store/defaultVppTokens.js';
export type { VppTokenRecord, VppTokenSeed } from '../core/store/vppToken.js';
export { graphCloudHosts, graphClouds, type GraphCloud } from '../spec/graphClouds.js';
export {
  demoAppRegistration,
  type EntraAppRegistration,
  type FederatedCredential,
} from '../core/entra/appRegistration.js';
