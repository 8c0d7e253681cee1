// Loads Account aggregates (latest snapshot + later events) and turns their pending changes
// into append batches. Snapshots are a cache: without them every answer is the same.
import { createHash } from 'node:crypto';
import { LedgerError } from '../../src-shared/errors';
import { canonicalJson } from '../eventstore/encoding';
import type { EventStore } from '../eventstore/types';
import type { AppendBatch, NewEvent } from '../eventstore/types';
import { Account, ACCOUNT_SNAPSHOT_SCHEMA, type AccountSnapshotState } from './account';

/**
 * Take a snapshot when a stream has grown this many events past its last one. Every command
 * replays the events since the last snapshot (SNAPSHOT_EVERY / 2 on average), while a snapshot
 * costs one small row rewritten in the command's own transaction: measured with `npm run bench`
 * (W1), 20 makes commands on accounts with history ~1.8x faster than 200 did.
 */
export const SNAPSHOT_EVERY = 20;

/**
 * What a snapshot row holds: the aggregate's state and a seal binding it to the stored event at
 * its version (sha256 of that event's hash and the state's canonical JSON). A row edited in the
 * file, or left over from another log, no longer matches and is ignored: the stream is replayed.
 */
interface SealedSnapshot {
  seal: string;
  account: AccountSnapshotState;
}

const sealOf = (eventHash: string, state: unknown) =>
  createHash('sha256')
    .update(`${eventHash}\n${canonicalJson(state)}`)
    .digest('hex');

/**
 * Accounts this repository wrote last, at most this many: what the next command on one of them
 * starts from without reading the snapshot and replaying the events after it.
 */
export const RECENT_ACCOUNTS = 4096;

/** An account's state just after this repository appended to it, named by that event's hash. */
interface Recent {
  version: number;
  hash: string;
  state: AccountSnapshotState;
  snapshotVersion: number;
}

export interface LoadedAccount {
  account: Account;
  snapshotVersion: number;
}

export class AccountRepository {
  constructor(
    private readonly store: EventStore,
    private readonly useSnapshots = true,
  ) {}

  /** Returns the account, or throws not_found. */
  load(id: string): LoadedAccount {
    const loaded = this.tryLoad(id);
    if (!loaded)
      throw new LedgerError('not_found', `No account with id ${id}`, 'unknown_account', { accountId: id });
    return loaded;
  }

  /** Snapshots ignored because their seal did not match the stored event (forged or stale). */
  readonly ignoredSnapshots: string[] = [];

  /**
   * The state each account had after this repository's last append to it. Used only while the
   * stream's last stored event is still that one (same version, same hash: one index seek), so
   * another process's append, a rolled-back transaction or a replaced file all fall back to the
   * snapshot and the log. The hash names one event of one chain; a match means the same history.
   */
  private readonly recent = new Map<string, Recent>();

  tryLoad(id: string): LoadedAccount | null {
    const cached = this.useSnapshots ? this.recent.get(id) : undefined;
    if (cached) {
      const tip = this.store.streamTip(id);
      if (tip && tip.version === cached.version && tip.hash === cached.hash) {
        return {
          account: Account.fromSnapshot(id, cached.version, cached.state),
          snapshotVersion: cached.snapshotVersion,
        };
      }
      this.recent.delete(id);
    }
    const snap = this.useSnapshots ? this.store.loadSnapshot(id, ACCOUNT_SNAPSHOT_SCHEMA) : null;
    if (snap) {
      const sealed = snap.state as Partial<SealedSnapshot> | null;
      const events = this.store.readStream(id, snap.version);
      const at = events[0];
      if (
        at?.version === snap.version &&
        typeof sealed?.seal === 'string' &&
        sealed.seal === sealOf(at.hash, sealed.account)
      ) {
        const account = Account.fromSnapshot(id, snap.version, sealed.account!);
        account.loadFromHistory(events.slice(1));
        return { account, snapshotVersion: snap.version };
      }
      this.ignoredSnapshots.push(id);
    }
    const account = new Account(id);
    account.loadFromHistory(this.store.readStreamData(id, 1));
    if (account.isNew) return null;
    return { account, snapshotVersion: 0 };
  }

  /** The append batch for an account's pending changes, with its expected version. */
  batch(account: Account, events: (e: Account['changes'][number], i: number) => NewEvent): AppendBatch {
    return {
      streamId: account.id,
      streamType: 'Account',
      expectedVersion: account.version === 0 ? 'no_stream' : account.version,
      events: account.changes.map(events),
    };
  }

  /**
   * Called inside the command's transaction after the append: refresh the snapshot if due, and
   * remember the state for the next command on this account (see `recent`).
   */
  maybeSnapshot(loaded: LoadedAccount, newVersion: number, eventHash: string | undefined): void {
    if (!this.useSnapshots || !eventHash) return;
    // Raised events are already applied in memory, so the state is the one at `newVersion`.
    const account = loaded.account.snapshotState();
    let snapshotVersion = loaded.snapshotVersion;
    if (newVersion - loaded.snapshotVersion >= SNAPSHOT_EVERY) {
      const state: SealedSnapshot = { seal: sealOf(eventHash, account), account };
      this.store.saveSnapshot(loaded.account.id, {
        version: newVersion,
        schemaVersion: ACCOUNT_SNAPSHOT_SCHEMA,
        state,
      });
      snapshotVersion = newVersion;
    }
    this.remember(loaded.account.id, {
      version: newVersion,
      hash: eventHash,
      state: account,
      snapshotVersion,
    });
  }

  private remember(id: string, r: Recent): void {
    this.recent.delete(id); // re-inserted last: the Map's order is the order of use
    this.recent.set(id, r);
    if (this.recent.size > RECENT_ACCOUNTS) this.recent.delete(this.recent.keys().next().value!);
  }
}
