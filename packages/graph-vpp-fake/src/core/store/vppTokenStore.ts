import { decodeSToken } from './appleSToken.js';
import { newTokenDefaults, type VppTokenRecord, type VppTokenSeed } from './vppToken.js';

/** How a token's sync ends, decided when its duration has passed on the fake clock. */
export interface SyncSettings {
  /** Fake milliseconds from `syncLicenses` to `completed`/`failed`. */
  durationMs: number;
  /** Token `state`s whose sync ends `failed`. */
  failingStates: readonly string[];
}

interface RunningSync {
  startedAt: number;
  /** Order among syncs and uploads (fake time may stand still between them). */
  step: number;
}

const oneYearMs = 365 * 24 * 60 * 60 * 1000;

/**
 * The in-memory vppTokens, in creation order, with the syncLicenses state machine:
 * `syncLicenses` → `inProgress`; after `durationMs` of fake time → `completed` (and
 * `lastSyncDateTime` = the moment it finished), or `failed` when the token's `state` is one of
 * `failingStates` at that moment (`lastSyncDateTime` then stays as it was).
 *
 * Every method is synchronous, so concurrent requests can never interleave inside an update.
 */
export class VppTokenStore {
  private tokens = new Map<string, VppTokenRecord>();
  private readonly syncs = new Map<string, RunningSync>();
  /** sTokens PATCHed as `token`, not yet read: Intune reads them when the next sync completes. */
  private readonly uploads = new Map<string, { text: string; step: number }>();
  private steps = 0;

  constructor(
    private readonly seeds: readonly VppTokenSeed[],
    private readonly settings: SyncSettings,
    private readonly newId: () => string,
    private readonly now: () => number,
    /** Called when a sync completes (not when it fails), after the token is updated. */
    private readonly onSyncCompleted: (vppToken: VppTokenRecord, finishedAt: number) => void = () =>
      undefined,
  ) {
    this.reset();
  }

  reset(): void {
    this.tokens = new Map();
    this.syncs.clear();
    this.uploads.clear();
    for (const seed of this.seeds) this.insert(seed);
  }

  list(): VppTokenRecord[] {
    this.settle();
    return [...this.tokens.values()].map((t) => ({ ...t }));
  }

  get(id: string): VppTokenRecord | undefined {
    this.settle();
    const token = this.tokens.get(key(id));
    return token && { ...token };
  }

  /** Adds a token; `id` and `lastModifiedDateTime` are assigned here. */
  create(properties: Record<string, unknown>): VppTokenRecord {
    // The service assigns these two; a create body that sends them does not choose them.
    const rest = { ...properties };
    delete rest.id;
    delete rest.lastModifiedDateTime;
    return { ...this.insert({ ...rest, id: this.newId(), lastModifiedDateTime: iso(this.now()) }) };
  }

  update(id: string, changes: Record<string, unknown>): VppTokenRecord | undefined {
    this.settle();
    const token = this.tokens.get(key(id));
    if (!token) return undefined;
    Object.assign(token, changes, { lastModifiedDateTime: iso(this.now()) });
    const uploaded = changes.token;
    if (typeof uploaded === 'string')
      this.uploads.set(key(id), { text: uploaded, step: ++this.steps });
    return { ...token };
  }

  /** Whether a PATCHed sToken waits for a sync to be read. */
  hasPendingUpload(id: string): boolean {
    return this.uploads.has(key(id));
  }

  delete(id: string): boolean {
    this.syncs.delete(key(id));
    this.uploads.delete(key(id));
    return this.tokens.delete(key(id));
  }

  /** Starts (or restarts) a sync: the token is `inProgress` until the duration has passed. */
  startSync(id: string): VppTokenRecord | undefined {
    this.settle();
    const token = this.tokens.get(key(id));
    if (!token) return undefined;
    token.lastSyncStatus = 'inProgress';
    this.syncs.set(key(id), { startedAt: this.now(), step: ++this.steps });
    return { ...token };
  }

  /** Finishes every sync whose duration has passed (called before each read and on clock moves). */
  settle(): void {
    const now = this.now();
    for (const [id, sync] of this.syncs) {
      const finishedAt = sync.startedAt + this.settings.durationMs;
      if (finishedAt > now) continue;
      this.syncs.delete(id);
      const token = this.tokens.get(id);
      if (!token) continue;
      this.readUpload(id, token, sync.step, finishedAt);
      if (this.settings.failingStates.includes(token.state)) {
        token.lastSyncStatus = 'failed';
      } else {
        token.lastSyncStatus = 'completed';
        token.lastSyncDateTime = iso(finishedAt);
        this.onSyncCompleted({ ...token }, finishedAt);
      }
    }
  }

  /**
   * A sync that started after an upload reads it first (so an expired token can be renewed):
   * expiry and organisation come from the sToken and `state` becomes `valid`, or `invalid` when
   * it does not decode or has expired. Until then the old values stay, as Microsoft documents.
   */
  private readUpload(
    id: string,
    token: VppTokenRecord,
    syncStep: number,
    finishedAt: number,
  ): void {
    const upload = this.uploads.get(id);
    if (!upload || upload.step > syncStep) return;
    this.uploads.delete(id);
    const decoded = decodeSToken(upload.text);
    if (!decoded || decoded.expiresAt <= finishedAt) {
      token.state = 'invalid';
      return;
    }
    token.expirationDateTime = iso(decoded.expiresAt);
    token.organizationName = decoded.organizationName;
    token.state = 'valid';
  }

  get size(): number {
    return this.tokens.size;
  }

  private insert(seed: VppTokenSeed): VppTokenRecord {
    const now = this.now();
    const id = seed.id ?? this.newId();
    const token: VppTokenRecord = {
      ...newTokenDefaults(id, iso(now), iso(now + oneYearMs)),
      ...seed,
      id,
    };
    this.tokens.set(key(id), token);
    return token;
  }
}

/** Graph keys are GUIDs and compare case-insensitively. */
function key(id: string): string {
  return id.toLowerCase();
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
