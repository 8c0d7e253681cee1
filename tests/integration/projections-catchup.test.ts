// Catch-up on open: a projection with no checkpoint (newly added) fills itself from the whole
// log; a changed definition version recreates it; a checkpoint behind the head catches up.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { Ledger, type SqliteLedger } from '../../src-main/ledger';
import { Projector } from '../../src-main/projections/sqlite/projector';
import { allProjections } from '../../src-main/projections/sqlite/registry';
import { timelineProjection } from '../../src-main/projections/sqlite/timeline';
import { accountsProjection } from '../../src-main/projections/sqlite/accounts';
import {
  generateEvents,
  projectionRows,
  runHistory,
  tempLedger,
  type TempLedger,
} from '../support/ledger-fixtures';

let base: TempLedger;
let expected: Record<string, unknown[]>;
/** The file each test edits: a fresh copy of the prepared ledger. */
let t: { path: string };
let n = 0;

beforeAll(async () => {
  base = tempLedger();
  // More than one catch-up batch (5,000), plus commands of every kind through the handler table.
  generateEvents(base.ledger, 12_000, { accounts: 50, seed: 7 });
  await runHistory(base.ledger, [
    { kind: 'open', owner: 3, opening: 1000 },
    { kind: 'deposit', account: 50, minor: 250, description: 'x' },
    { kind: 'rename', account: 50, owner: 4 },
    { kind: 'correct', event: 1 },
    { kind: 'drain', account: 50 },
    { kind: 'close', account: 50 },
  ]);
  expected = projectionRows(base.ledger.storage.db);
  await base.ledger.close();
}, 120_000); // generating the log on a busy machine can take longer than the default hook timeout
afterAll(() => base.dispose());
beforeEach(() => {
  t = { path: join(base.dir, `copy-${n++}.ledger`) };
  copyFileSync(base.path, t.path);
});

/** Edits the closed file with a plain connection. */
function edit(sql: string): void {
  const db = new Database(t.path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

const checkpoints = (l: SqliteLedger) =>
  l.storage.db
    .prepare('SELECT name, position, definition_version FROM projection_checkpoints ORDER BY name')
    .all();

describe('projector catch-up on open', () => {
  it('a newly added projection (no checkpoint, no tables) fills itself from the whole log', async () => {
    edit(`DELETE FROM projection_checkpoints WHERE name = 'monthly_totals';
          DROP TABLE monthly_totals;`);
    const l = Ledger.open(t.path);
    try {
      expect(projectionRows(l.storage.db)).toEqual(expected);
      const head = l.store.headPosition();
      expect(checkpoints(l)).toEqual(
        allProjections
          .map((p) => ({ name: p.name, position: head, definition_version: p.definitionVersion }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      // And it keeps being maintained inline afterwards.
      const list = await l.invoke('listAccounts', {});
      const a = list.ok ? list.value.find((x) => x.status === 'open') : undefined;
      const r = await l.invoke('deposit', {
        commandId: 'after-catch-up',
        accountId: a!.accountId,
        amount: '1',
      });
      expect(r.ok).toBe(true);
      expect(l.verify().ok).toBe(true);
    } finally {
      await l.close();
    }
  });

  it('every projection missing at once: all rebuilt from the log, progress reported', () => {
    edit(
      allProjections
        .flatMap((p) => p.tables.map((tb) => `DROP TABLE ${tb};`))
        .concat('DELETE FROM projection_checkpoints;')
        .join('\n'),
    );
    const { db, store } = openStore(t.path);
    try {
      const progress: Array<[number, number]> = [];
      new Projector(db, store).open((done, total) => progress.push([done, total]));
      expect(projectionRows(db)).toEqual(expected);
      const head = store.headPosition();
      expect(progress.length).toBeGreaterThanOrEqual(3);
      expect(progress.at(-1)).toEqual([head, head]);
      expect(progress.every(([d, tot], i) => tot === head && (i === 0 || d > progress[i - 1]![0]))).toBe(
        true,
      );
    } finally {
      db.close();
    }
  });

  it('a definition version change recreates the projection (stale rows are not kept)', async () => {
    // The stored checkpoint says the timeline was built by another definition; its rows are off.
    edit(`UPDATE projection_checkpoints SET definition_version = 0 WHERE name = 'timeline';
          UPDATE timeline SET owner = 'stale' WHERE position % 7 = 0;`);
    const l = Ledger.open(t.path);
    try {
      expect(projectionRows(l.storage.db)).toEqual(expected);
      expect(
        l.storage.db
          .prepare(`SELECT definition_version FROM projection_checkpoints WHERE name = 'timeline'`)
          .pluck()
          .get(),
      ).toBe(timelineProjection.definitionVersion);
    } finally {
      await l.close();
    }
  });

  it('a bumped definitionVersion in code recreates the tables and records the new version', () => {
    edit(`UPDATE accounts SET owner = 'stale'`); // would survive if the projection were not recreated
    const { db, store } = openStore(t.path);
    try {
      const bumped = allProjections.map((p) =>
        p.name === 'accounts' ? { ...p, definitionVersion: p.definitionVersion + 1 } : p,
      );
      new Projector(db, store, bumped).open();
      expect(projectionRows(db)).toEqual(expected);
      expect(
        db
          .prepare(`SELECT definition_version FROM projection_checkpoints WHERE name = 'accounts'`)
          .pluck()
          .get(),
      ).toBe(accountsProjection.definitionVersion + 1);
    } finally {
      db.close();
    }
  });

  it('a checkpoint behind the head catches up from there (timeline rows refilled; guarded folds unchanged)', async () => {
    const cut = 9_000;
    edit(`DELETE FROM timeline WHERE position > ${cut};
          UPDATE projection_checkpoints SET position = ${cut} WHERE name IN ('timeline', 'balances', 'accounts');`);
    // The timeline's running state is its own latest row per account: deleting rows rolls it back.
    const { db, store } = openStore(t.path);
    try {
      // balances and accounts were NOT rolled back: replaying 9,001..head must be a no-op thanks to the guard.
      new Projector(db, store).open();
      expect(projectionRows(db)).toEqual(expected);
    } finally {
      db.close();
    }
  });
});
