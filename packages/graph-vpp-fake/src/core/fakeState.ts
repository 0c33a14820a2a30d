import type { PermissionsEdition } from './auth/authorize.js';
import { readOperations, type OperationContract } from '../spec/operations.js';
import { createFakeClock, toEpochMs, type FakeClock } from './clock/fakeClock.js';
import { findErrorSchemaPointer } from './contract/contractCheck.js';
import { SchemaValidator } from './contract/schemaValidator.js';
import type { FakeContractError } from './errors/fakeContractError.js';
import { FaultQueue } from './faults/faultQueue.js';
import { RequestJournal } from './journal/requestJournal.js';
import type { FailingTokenSync, VppFakeOptions } from './options.js';
import { parseCustomBase, type CustomBase } from './routing/baseUrls.js';
import { defaultVppApps } from './apps/defaultVppApps.js';
import { VppAppStore } from './apps/vppAppStore.js';
import { demoVppTokens } from './store/defaultVppTokens.js';
import { VppTokenStore } from './store/vppTokenStore.js';
import { SlidingWindowThrottle } from './throttling/throttle.js';

/** Everything one fake owns: its settings (validated once) and its mutable state. */
export interface FakeState {
  readonly operations: readonly OperationContract[];
  readonly validator: SchemaValidator;
  readonly errorSchemaPointer: string | undefined;
  readonly pageSize: number;
  readonly latencyMs: number;
  readonly strict: boolean;
  readonly permissions: PermissionsEdition;
  readonly failingStates: readonly string[];
  readonly failingTokens: FailingTokenSync;
  readonly updateResponse: 'token' | 'noContent';
  /** operationIds answered in the docs' `{"value": …}` form. */
  readonly docsWrapped: ReadonlySet<string>;
  readonly throttle: SlidingWindowThrottle | undefined;
  readonly bases: CustomBase[];
  readonly clock: FakeClock;
  readonly restartClock: () => void;
  readonly vppTokens: VppTokenStore;
  /** iosVppApps: Intune's view and the Apple side. */
  readonly vppApps: VppAppStore;
  readonly faults: FaultQueue;
  readonly journal: RequestJournal;
  readonly violations: FakeContractError[];
}

export function createFakeState(options: VppFakeOptions, realTimeByDefault: boolean): FakeState {
  const operations = readOperations();
  const failingStates = options.sync?.failingStates ?? ['expired', 'invalid'];
  const startMs = options.startTime === undefined ? Date.now() : toEpochMs(options.startTime);
  const { clock, restart: restartClock } = createFakeClock(
    startMs,
    // The clock settles running syncs whenever a test moves it (`vppTokens` exists by then).
    () => {
      vppTokens.settle();
    },
    { realTime: options.realTime ?? realTimeByDefault },
  );
  const vppTokens = new VppTokenStore(
    options.vppTokens ?? demoVppTokens(startMs),
    { durationMs: Math.max(0, options.sync?.durationMs ?? 30_000), failingStates },
    () => crypto.randomUUID(),
    clock.now,
    (vppToken, finishedAt) => {
      vppApps.syncCompleted(vppToken, finishedAt);
    },
  );
  const vppApps = new VppAppStore(options.vppApps ?? defaultVppApps, clock.now);
  const bases: CustomBase[] = [];
  for (const baseUrl of [options.baseUrl ?? []].flat()) addBase(bases, baseUrl);
  return {
    operations,
    validator: new SchemaValidator(),
    errorSchemaPointer: findErrorSchemaPointer(operations),
    pageSize: positiveInteger(options.pageSize ?? 1000, 'pageSize'),
    latencyMs: Math.max(0, options.latencyMs ?? 0),
    strict: options.strict ?? true,
    permissions: permissionsEdition(options.permissions),
    failingStates,
    failingTokens: options.sync?.failingTokens ?? 'accept',
    updateResponse: options.updateResponse ?? 'token',
    docsWrapped: resolveDocsWrapped(operations, options.docsWrappedResponses ?? false),
    throttle: options.throttling
      ? new SlidingWindowThrottle(options.throttling === true ? {} : options.throttling)
      : undefined,
    bases,
    clock,
    restartClock,
    vppTokens,
    vppApps,
    faults: new FaultQueue(operations.map((o) => o.operationId)),
    journal: new RequestJournal(options.journal),
    violations: [],
  };
}

/** Adds a root the fake answers on (once). */
export function addBase(bases: CustomBase[], baseUrl: string): void {
  const base = parseCustomBase(baseUrl);
  if (!bases.some((b) => b.href === base.href)) bases.push(base);
}

function resolveDocsWrapped(
  operations: readonly OperationContract[],
  option: boolean | readonly string[],
): Set<string> {
  const wrappable = operations
    .filter((o) => [...o.responses.values()].some((r) => r.docsWrappedSchemaPointer))
    .map((o) => o.operationId);
  if (option === true) return new Set(wrappable);
  if (option === false) return new Set();
  for (const id of option) {
    if (!wrappable.includes(id)) {
      throw new RangeError(
        `docsWrappedResponses: ${id} has no docs-wrapped form in the spec (operations that do: ${wrappable.join(', ')})`,
      );
    }
  }
  return new Set(option);
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function permissionsEdition(value: unknown): PermissionsEdition {
  if (value === undefined || value === 'current' || value === 'seed') return value ?? 'current';
  throw new TypeError(
    `graph-vpp-fake: permissions must be 'current' (today's Graph docs) or 'seed' (the 2018 page), not ${JSON.stringify(value)}.`,
  );
}
