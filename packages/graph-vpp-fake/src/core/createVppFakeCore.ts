import type { OperationContract } from '../spec/operations.js';
import { mintAccessTokenAt, type MintAccessTokenOptions } from './auth/accessToken.js';
import type { FakeClock } from './clock/fakeClock.js';
import type { FakeContractError } from './errors/fakeContractError.js';
import { addBase, createFakeState } from './fakeState.js';
import type { FailNextOptions } from './faults/faultQueue.js';
import type { JournalEntry } from './journal/requestJournal.js';
import type { VppFakeOptions } from './options.js';
import { runRequestPipeline } from './pipeline/requestPipeline.js';
import { matchBase } from './routing/baseUrls.js';
import { handleEntraRequest } from './entra/entraAdapter.js';
import { isLoginUrl } from './entra/loginHosts.js';
import type { LicenseCounts, VppAppRecord } from './apps/vppApp.js';
import type { VppTokenRecord } from './store/vppToken.js';

/** The Apple side of the fake: licence counts as Apple reports them, before Intune syncs. */
export interface VppFakeAppleSide {
  /**
   * Sets what Apple reports for an iosVppApp. Intune's view (what Graph answers) takes these
   * counts only when a syncLicenses of the owning vppToken completes; a failed sync leaves it.
   */
  setLicenseCounts(appId: string, counts: Partial<LicenseCounts>): void;
  /** What Apple reports for an app now, or undefined for an unknown id. */
  licenseCounts(appId: string): LicenseCounts | undefined;
}

/** The fake without its msw adapter (the server entry uses this, so it needs no msw). */
export interface VppFakeCore {
  /** Answers one request like Graph would. Rejects with `FakeContractError` on a spec violation (strict mode). */
  handle(request: Request): Promise<Response>;
  /** A drop-in `fetch` that answers from the fake; rejects with a TypeError for hosts it does not serve. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Whether a URL is on a Graph cloud host or one of the fake's base URLs. */
  serves(url: string | URL): boolean;
  /** Also answer on this root, e.g. `http://127.0.0.1:1234/v1.0`. */
  addBaseUrl(baseUrl: string): void;
  /** The fake's time; satisfies graph-vpp-client's `Clock`. */
  readonly clock: FakeClock;
  /** Requests answered since the last `reset()`, oldest first (the latest `journal.maxEntries`). */
  readonly requests: readonly JournalEntry[];
  /** Strict-mode violations since the last `reset()`. */
  readonly contractViolations: readonly FakeContractError[];
  /** Throws the first contract violation, if any was recorded. */
  assertNoContractViolations(): void;
  /** The stored vppTokens, as a GET would see them (copies). */
  listVppTokens(): VppTokenRecord[];
  /** One stored vppToken, as a GET would see it (a copy), or undefined. */
  getVppToken(id: string): VppTokenRecord | undefined;
  /** The stored iosVppApps as Intune holds them (copies): counts as of each token's last completed sync. */
  listVppApps(): VppAppRecord[];
  /** The Apple side: set licence counts that a completed sync copies into Intune's view. */
  readonly apple: VppFakeAppleSide;
  /** An unsigned test access token (JWT, `alg: none`) this fake accepts, timed by the fake clock. */
  mintAccessToken(options?: MintAccessTokenOptions): string;
  /** Scripts the next matching request(s) to fail with `status`. */
  failNext(options: FailNextOptions): void;
  /** Restores the seed vppTokens, iosVppApps (both views) and the clock's start time; clears the journal, violations, scripted faults and throttling budgets. */
  reset(): void;
  /** The operations read from the bundled spec. */
  readonly operations: readonly OperationContract[];
}

/**
 * Creates the fake's core: `(request) => Promise<Response>` over an in-memory store and a clock
 * it owns. Routes, permissions, schemas and cloud hosts all come from the bundled spec.
 * `realTime` defaults to false here (deterministic tests); the server and browser helpers
 * default it to true.
 */
export function createVppFakeCore(options: VppFakeOptions = {}): VppFakeCore {
  return assembleVppFakeCore(options, false);
}

/** For adapters whose `realTime` default differs from `createVppFakeCore`'s. */
export function assembleVppFakeCore(
  options: VppFakeOptions,
  realTimeByDefault: boolean,
): VppFakeCore {
  const state = createFakeState(options, realTimeByDefault);
  const apps = [...(options.apps ?? [])];
  // Sign-in hosts are Entra ID's, not Graph's: they skip Graph's pipeline (auth, throttling, spec).
  const handle = (request: Request) =>
    isLoginUrl(new URL(request.url))
      ? handleEntraRequest(apps, state.journal, request, state.clock.now())
      : runRequestPipeline(state, request);
  return {
    handle,
    fetch: (input, init) => {
      let request: Request;
      try {
        request = new Request(input, init);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new TypeError(String(error)));
      }
      return handle(request);
    },
    serves: (url) =>
      isLoginUrl(new URL(url)) || matchBase(new URL(url), state.bases).kind !== 'notServed',
    addBaseUrl: (baseUrl) => {
      addBase(state.bases, baseUrl);
    },
    clock: state.clock,
    requests: state.journal.entries,
    contractViolations: state.violations,
    assertNoContractViolations() {
      const first = state.violations[0];
      if (first) throw first;
    },
    listVppTokens: () => state.vppTokens.list(),
    getVppToken: (id) => state.vppTokens.get(id),
    listVppApps: () => {
      state.vppTokens.settle();
      return state.vppApps.list();
    },
    apple: {
      setLicenseCounts: (appId, counts) => {
        state.vppApps.setAppleCounts(appId, counts);
      },
      licenseCounts: (appId) => state.vppApps.appleCounts(appId),
    },
    mintAccessToken: (mintOptions) => mintAccessTokenAt(state.clock.now(), mintOptions),
    failNext: (fault) => {
      state.faults.add(fault);
    },
    reset() {
      state.restartClock();
      state.vppTokens.reset();
      state.vppApps.reset();
      state.journal.clear();
      state.violations.length = 0;
      state.faults.clear();
      state.throttle?.reset();
    },
    operations: state.operations,
  };
}
