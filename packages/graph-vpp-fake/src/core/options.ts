import type { PermissionsEdition } from './auth/authorize.js';
import type { JournalOptions } from './journal/requestJournal.js';
import type { ThrottlingOptions } from './throttling/throttle.js';
import type { VppAppSeed } from './apps/vppApp.js';
import type { VppTokenSeed } from './store/vppToken.js';
import type { EntraAppRegistration } from './entra/appRegistration.js';

/** What a sync of a token whose `state` is `expired` or `invalid` answers (the docs do not say). */
export type FailingTokenSync =
  /** 200 with the token `inProgress`, then `failed` after the sync duration (default). */
  | 'accept'
  /** 400 BadRequest at once, in Intune's error form; the token is not changed. */
  | 'reject';

/** Options every fake takes (`createVppFake`, `createVppFakeCore` and the adapters). */
export interface VppFakeOptions {
  /** The vppTokens the fake starts with (and `reset()` restores). Default: `defaultVppTokens`. */
  vppTokens?: readonly VppTokenSeed[] | undefined;
  /**
   * The iosVppApps the fake starts with (and `reset()` restores), tied to tokens by
   * `vppTokenAppleId` + `vppTokenOrganizationName` + `vppTokenAccountType`. Default: `defaultVppApps`.
   */
  vppApps?: readonly VppAppSeed[] | undefined;
  /**
   * Extra roots to answer on besides the four Graph clouds, e.g. `http://127.0.0.1:1234/v1.0`.
   * The path of the root replaces the `/v1.0` of the cloud hosts.
   */
  baseUrl?: string | readonly string[] | undefined;
  /** Items per page before `@odata.nextLink`. Default 1000 (Intune's observed page size). */
  pageSize?: number | undefined;
  /** Fake-clock start. Default: the real time when the fake is created. */
  startTime?: Date | number | string | undefined;
  /**
   * Fake time follows the wall clock (plus whatever tests add with `clock.advance`), so syncs
   * settle and access tokens expire as real time passes. Default false for `createVppFake`,
   * `createVppFakeCore` and `setupVppFakeServer` (deterministic tests); true for
   * `setupVppFakeWorker`, `startVppFakeServer` and the serve commands, where nobody drives the clock.
   */
  realTime?: boolean | undefined;
  /** How `syncLicenses` behaves: how long a sync takes and which tokens fail. */
  sync?: {
    /** Fake ms from `syncLicenses` to `completed`/`failed`. Default 30 000. */
    durationMs?: number | undefined;
    /** Token states whose sync fails. Default `['expired', 'invalid']`. */
    failingStates?: readonly string[] | undefined;
    /** How a sync of a token in a failing state is answered. Default `'accept'`. */
    failingTokens?: FailingTokenSync | undefined;
  };
  /**
   * Answer single-entity operations in the docs' `{"value": …}` form (only operations whose spec
   * response keeps a docs-wrapped form: Get and syncLicenses). `true` = all of them, or a list of
   * operationIds. Default false: the bare entity, as the metadata and the SDKs say.
   */
  docsWrappedResponses?: boolean | readonly string[] | undefined;
  /**
   * How PATCH answers: `'token'` (default) = 200 with the updated token, as the docs say;
   * `'noContent'` = 204 with no body, as Intune really answers (microsoft-graph-docs-contrib#8701).
   */
  updateResponse?: 'token' | 'noContent' | undefined;
  /** Intune's per-app-per-tenant limits on the fake clock. Default off; `true` = documented limits. */
  throttling?: boolean | ThrottlingOptions | undefined;
  /** Real milliseconds each response is delayed. Default 0. */
  latencyMs?: number | undefined;
  /** Bounds of `fake.requests`: entries kept (default 1 000) and body bytes kept per entry (default 64 KB). */
  journal?: JournalOptions | undefined;
  /** Validate every response body against the spec (default true); a mismatch rejects with `FakeContractError`. */
  strict?: boolean | undefined;
  /**
   * Which permission table the fake enforces. `'current'` (default): today's Graph docs — app-only
   * tokens (`roles`, `idtyp: app`) are accepted with the documented application permissions.
   * `'seed'`: the 2018 docs page the project started from — delegated work or school scopes only,
   * every app-only token is refused with 403.
   */
  permissions?: PermissionsEdition | undefined;
  /**
   * App registrations the fake's Microsoft Entra ID signs in with client credentials (secret,
   * certificate or federated assertion) on the spec's login hosts. Default: none.
   */
  apps?: readonly EntraAppRegistration[] | undefined;
}
