// `graph-vpp-fake/core`: the fake without its msw adapter, for code that has no msw installed
// (the graph-vpp CLI's --fake mode, anything using `fake.fetch` or `fake.handle` directly).
export { createVppFakeCore, type VppFakeCore } from './core/createVppFakeCore.js';
export type { VppFakeOptions, FailingTokenSync } from './core/options.js';
export type { FakeClock } from './clock/fakeClock.js';
export { FakeContractError } from './errors/fakeContractError.js';
export type { FailNextOptions } from './faults/faultQueue.js';
export type { JournalEntry } from './journal/requestJournal.js';
export type { ThrottlingOptions } from './throttling/throttle.js';
export type { MintTokenOptions } from './auth/accessToken.js';
export { personalAccountTenantId, defaultTenantId, defaultAppId } from './auth/accessToken.js';
export { defaultVppTokens } from './store/defaultVppTokens.js';
export type { VppTokenRecord, VppTokenSeed } from './store/vppToken.js';
export { graphCloudHosts } from './routing/graphHosts.js';
