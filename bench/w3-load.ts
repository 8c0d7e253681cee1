// W3 aggregate load: every account (100 events each) loaded through AccountRepository.load and
// its balance folded, against a raw SELECT + JSON.parse + sum. Also one account with 100,000
// events, with and without a snapshot, against a 1,000-event account.
import { join } from 'node:path';
import { AccountRepository, SNAPSHOT_EVERY } from '../src-main/domain/account-repository';
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import type { SqliteEventStore } from '../src-main/eventstore/sqlite/sqlite-event-store';
import { baselineLoad } from './baseline';
import {
  accountId,
  ACCOUNTS,
  appendMovements,
  createdEvent,
  median,
  movements,
  now,
  tempDir,
  timeCalls,
} from './lib';

const BIG = ACCOUNTS; // account index of the 100,000-event account
const SMALL = ACCOUNTS + 1; // and of the 1,000-event one
/**
 * Events appended after the snapshot: the most a command-built account can have past its last
 * snapshot (the repository snapshots once SNAPSHOT_EVERY events have accumulated), the worst case.
 */
const AFTER_SNAPSHOT = SNAPSHOT_EVERY - 1;

/** A long account: `events` events in all, snapshotted by the repository's own rule, then 100 more. */
function longAccount(store: SqliteEventStore, index: number, events: number, seed: number): void {
  const id = accountId(index);
  store.append(id, 'Account', 'no_stream', [createdEvent(index)]);
  const ms = movements(events - 1, 1, seed);
  const before = ms.slice(0, ms.length - AFTER_SNAPSHOT);
  appendMovements(store, null, before, 10_000, { accountOffset: index, timestamps: false });
  const repo = new AccountRepository(store, true);
  const l = repo.load(id);
  repo.maybeSnapshot(l, l.account.version, store.readStream(id, l.account.version)[0]?.hash);
  if (!store.loadSnapshot(id, 1)) throw new Error('W3: no snapshot was taken');
  appendMovements(store, null, ms.slice(ms.length - AFTER_SNAPSHOT), 10_000, {
    accountOffset: index,
    timestamps: false,
  });
}

export function w3(p: { perAccount: number; bigEvents: number; reps: number }): Record<string, number[]> {
  const tmp = tempDir();
  const { db, store } = openStore(join(tmp.dir, 'w3.db'));
  try {
    const batches = [];
    for (let i = 0; i < ACCOUNTS; i++)
      batches.push({
        streamId: accountId(i),
        streamType: 'Account',
        expectedVersion: 'no_stream' as const,
        events: [createdEvent(i)],
      });
    store.appendMany(batches);
    appendMovements(store, null, movements(p.perAccount * ACCOUNTS), 10_000, { timestamps: false });
    longAccount(store, BIG, p.bigEvents, 7);
    longAccount(store, SMALL, 1000, 8);

    const ids = Array.from({ length: ACCOUNTS }, (_, i) => accountId(i));
    const perAccountEvents = p.perAccount + 1;
    const withSnap = new AccountRepository(store, true);
    const noSnap = new AccountRepository(store, false);
    const loadAll = () => {
      const t = now();
      let check = 0;
      for (const id of ids) check += withSnap.load(id).account.balance;
      const ms = now() - t;
      if (!Number.isFinite(check)) throw new Error('unreachable');
      return ms;
    };
    loadAll(); // warm the page cache, like the baseline's warm-up below
    baselineLoad(db, ids);
    const app: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < p.reps; r++) {
      app.push((ids.length * perAccountEvents) / (loadAll() / 1000));
      base.push((ids.length * perAccountEvents) / (baselineLoad(db, ids) / 1000));
    }
    // Same answer from both, or the comparison means nothing.
    const bigBalanceSnap = withSnap.load(accountId(BIG)).account.balance;
    const bigBalanceNoSnap = noSnap.load(accountId(BIG)).account.balance;
    if (bigBalanceSnap !== bigBalanceNoSnap) throw new Error('W3: snapshot and replay disagree');

    const bigReps = Math.max(3, Math.min(p.reps, 5));
    const bigNoSnap = Array.from({ length: bigReps }, () =>
      timeCalls(() => noSnap.load(accountId(BIG)), 1, 0),
    );
    const bigBase = Array.from({ length: bigReps }, () => baselineLoad(db, [accountId(BIG)]));
    const bigSnap = [timeCalls(() => withSnap.load(accountId(BIG)), 200, 20)];
    const smallSnap = [timeCalls(() => withSnap.load(accountId(SMALL)), 200, 20)];
    const smallNoSnap = [timeCalls(() => noSnap.load(accountId(SMALL)), 200, 20)];
    return {
      allApp: app,
      allBase: base,
      bigNoSnap,
      bigBase,
      bigSnap,
      smallSnap,
      smallNoSnap,
      msPerAccount: [median(app.map((r) => (perAccountEvents / r) * 1000))],
    };
  } finally {
    db.close();
    tmp.cleanup();
  }
}
