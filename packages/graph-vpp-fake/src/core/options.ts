import type { ThrottlingOptions } from '../throttling/throttle.js';
import type { VppTokenSeed } from '../store/vppToken.js';

/** What a sync of a token whose `state` is `expired` or `invalid` answers (the docs do not say). */
export type FailingTokenSync =
  /** 200 with the token `inProgress`, then `failed` after the sync duration (default). */
  | 'accept'
  /** 400 BadRequest at once, in Intune's error form; the token is not changed. */
  | 'reject';

/** Options every fake takes (`createVppFake`, `createVppFakeCore` and the adapters). */
export interface VppFakeOptions {
  /** The tokens the fake starts with (and `reset()` restores). Default: `defaultVppTokens`. */
  tokens?: readonly VppTokenSeed[];
  /**
   * Extra roots to answer on besides the four Graph clouds, e.g. `http://127.0.0.1:1234/v1.0`.
   * The path of the root replaces the `/v1.0` of the cloud hosts.
   */
  baseUrl?: string | readonly string[];
  /** Items per page before `@odata.nextLink`. Default 1000 (Intune's observed page size). */
  pageSize?: number;
  /** Fake-clock start. Default: the real time when the fake is created. */
  startTime?: Date | number | string;
  /** How `syncLicenses` behaves: how long a sync takes and which tokens fail. */
  sync?: {
    /** Fake ms from `syncLicenses` to `completed`/`failed`. Default 30 000. */
    durationMs?: number;
    /** Token states whose sync fails. Default `['expired', 'invalid']`. */
    failingStates?: readonly string[];
    /** How a sync of a token in a failing state is answered. Default `'accept'`. */
    failingTokens?: FailingTokenSync;
  };
  /**
   * Answer single-entity operations in the docs' `{"value": …}` form (only operations whose spec
   * response keeps a docs-wrapped form: Get and syncLicenses). `true` = all of them, or a list of
   * operationIds. Default false: the bare entity, as the metadata and the SDKs say.
   */
  docsWrappedResponses?: boolean | readonly string[];
  /** Intune's per-app-per-tenant limits on the fake clock. Default off; `true` = documented limits. */
  throttling?: boolean | ThrottlingOptions;
  /** Real milliseconds each response is delayed. Default 0. */
  latencyMs?: number;
  /** Validate every response body against the spec (default true); a mismatch rejects with `FakeContractError`. */
  strict?: boolean;
}
