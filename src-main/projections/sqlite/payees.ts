// The payees the ledger remembers, for the forms' autocomplete: per payee (one key for every
// spelling that differs only in case or accents) the name as last written, how many movements
// name it, and its latest movement's value date and category (by value date, then position: a
// backdated entry does not displace a later one). A MovementCategorized follows: it can change a
// movement's category (the payee's last category when it is the latest movement), and move it to
// another payee (one use less for the old one, whose latest movement is then read back from
// `payee_movements`, one more for the new one). Corrections are not uses of a payee: the movement
// they reverse was written with it. Category ids are stored; names are resolved at query time,
// so a renamed or merged category shows under its current path. `payee_movements` holds the
// movements that have (or had) a payee: one that never had one is left out.
import { timelineFields } from '../../../src-shared/events';
import { foldText } from '../../../src-shared/search-query';
import type { ProjectedEvent } from '../../eventstore/types';
import type Database from 'better-sqlite3';
import type { BulkWriter, Projection, TableNames, WriterContext } from './projection';

/** How payees compare: case- and accent-insensitive, runs of spaces as one. */
export const payeeKey = (name: string) => foldText(name.trim()).replace(/\s+/gu, ' ');

const MOVEMENTS = new Set(['MoneyDeposited', 'MoneyWithdrawn', 'TransferSent', 'TransferReceived']);

interface PayeeState {
  name: string;
  count: number;
  lastCategoryId: string | null;
  lastValueDate: string;
  lastPosition: number;
}

/** Where the fold keeps the payees' rows: the table itself, or memory during a rebuild. */
interface PayeeRows {
  get(key: string): PayeeState | undefined;
  put(key: string, s: PayeeState): void;
  remove(key: string): void;
}

interface MovementRow {
  payee_key: string | null;
  category_id: string | null;
  value_date: string;
  meta_position: number;
}

const later = (d: string, p: number, s: PayeeState) =>
  d > s.lastValueDate || (d === s.lastValueDate && p > s.lastPosition);

/** The fold step, the same for the incremental writer and the rebuild (only `rows` differ). */
function fold(db: Database.Database, t: TableNames, ctx: WriterContext, rows: PayeeRows) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${t.payee_movements} (position, payee_key, category_id, value_date, meta_position)
      VALUES (?, ?, ?, ?, ?)`,
  );
  const movement = db.prepare(
    `SELECT payee_key, category_id, value_date, meta_position FROM ${t.payee_movements} WHERE position = ?`,
  );
  const setMeta = db.prepare(
    `UPDATE ${t.payee_movements} SET payee_key = ?, category_id = ?, meta_position = ? WHERE position = ?`,
  );
  const latest = db.prepare(
    `SELECT position, category_id, value_date FROM ${t.payee_movements} WHERE payee_key = ?
      ORDER BY value_date DESC, position DESC LIMIT 1`,
  );
  /** One more movement names the payee. */
  const use = (name: string, categoryId: string | null, valueDate: string, position: number) => {
    const key = payeeKey(name);
    const s = rows.get(key);
    if (!s) {
      rows.put(key, {
        name,
        count: 1,
        lastCategoryId: categoryId,
        lastValueDate: valueDate,
        lastPosition: position,
      });
      return;
    }
    const newest = later(valueDate, position, s);
    rows.put(key, {
      name,
      count: s.count + 1,
      lastCategoryId: newest ? categoryId : s.lastCategoryId,
      lastValueDate: newest ? valueDate : s.lastValueDate,
      lastPosition: newest ? position : s.lastPosition,
    });
  };
  /** A movement no longer names the payee (its row in payee_movements already says so). */
  const unuse = (key: string, position: number) => {
    const s = rows.get(key);
    if (!s) return;
    if (s.count <= 1) return rows.remove(key);
    let next = { ...s, count: s.count - 1 };
    if (s.lastPosition === position) {
      const r = latest.get(key) as { position: number; category_id: string | null; value_date: string };
      next = {
        ...next,
        lastCategoryId: r.category_id,
        lastValueDate: r.value_date,
        lastPosition: r.position,
      };
    }
    rows.put(key, next);
  };
  return (e: ProjectedEvent) => {
    if (e.eventType === 'MovementCategorized') {
      const target = ctx.getEvent(e.data.movementEventId);
      if (!target || !MOVEMENTS.has(target.eventType)) return;
      const pos = target.position;
      const name = e.data.payee ?? null;
      const key = name === null ? null : payeeKey(name);
      const categoryId = e.data.categoryId ?? null;
      const m = movement.get(pos) as MovementRow | undefined;
      // An event already folded (redelivered) changes nothing.
      if (m && m.meta_position >= e.position) return;
      if (!m) {
        // A movement that never had a payee has no row: only a payee given now makes it a use
        // (the event carries the whole meaning, so an earlier category-only change is not needed).
        if (name === null) return;
        const valueDate = timelineFields(target).valueDate!;
        insert.run(pos, key, categoryId, valueDate, e.position);
        use(name, categoryId, valueDate, pos);
        return;
      }
      setMeta.run(key, categoryId, e.position, pos);
      if (m.payee_key !== null && m.payee_key === key) {
        const s = rows.get(key)!;
        rows.put(key, {
          ...s,
          name: name!,
          lastCategoryId: s.lastPosition === pos ? categoryId : s.lastCategoryId,
        });
        return;
      }
      if (m.payee_key !== null) unuse(m.payee_key, pos);
      if (name !== null) use(name, categoryId, m.value_date, pos);
      return;
    }
    if (!MOVEMENTS.has(e.eventType)) return;
    const d = e.data as { payee?: string; categoryId?: string };
    // Only movements with a payee get a row.
    if (d.payee === undefined) return;
    const valueDate = timelineFields(e).valueDate!;
    const r = insert.run(e.position, payeeKey(d.payee), d.categoryId ?? null, valueDate, e.position);
    if (r.changes === 1) use(d.payee, d.categoryId ?? null, valueDate, e.position);
  };
}

const tableRows = (db: Database.Database, t: TableNames): PayeeRows => {
  const get = db.prepare(
    `SELECT name, use_count, last_category_id, last_value_date, last_position FROM ${t.payees} WHERE payee_key = ?`,
  );
  const put = db.prepare(
    `INSERT INTO ${t.payees} (payee_key, name, use_count, last_category_id, last_value_date, last_position)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (payee_key) DO UPDATE SET name = excluded.name,
      use_count = excluded.use_count, last_category_id = excluded.last_category_id,
      last_value_date = excluded.last_value_date, last_position = excluded.last_position`,
  );
  const remove = db.prepare(`DELETE FROM ${t.payees} WHERE payee_key = ?`);
  return {
    get(key) {
      const r = get.get(key) as
        | {
            name: string;
            use_count: number;
            last_category_id: string | null;
            last_value_date: string;
            last_position: number;
          }
        | undefined;
      return r
        ? {
            name: r.name,
            count: r.use_count,
            lastCategoryId: r.last_category_id,
            lastValueDate: r.last_value_date,
            lastPosition: r.last_position,
          }
        : undefined;
    },
    put: (key, s) => void put.run(key, s.name, s.count, s.lastCategoryId, s.lastValueDate, s.lastPosition),
    remove: (key) => void remove.run(key),
  };
};

export const payeesProjection: Projection = {
  name: 'payees',
  definitionVersion: 1,
  tables: ['payees', 'payee_movements'],
  create(db, t, tag) {
    db.exec(`CREATE TABLE ${t.payees} (
      payee_key TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      use_count INTEGER NOT NULL,
      last_category_id TEXT,
      last_value_date TEXT NOT NULL,
      last_position INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE ${t.payee_movements} (
      position INTEGER PRIMARY KEY,
      payee_key TEXT,
      category_id TEXT,
      value_date TEXT NOT NULL,
      meta_position INTEGER NOT NULL
    );
    -- The fold reads this one (a payee's latest movement, when its latest one moves away).
    CREATE INDEX ${t.payee_movements}_payee_${tag} ON ${t.payee_movements} (payee_key, value_date, position)
      WHERE payee_key IS NOT NULL;`);
  },
  writer(db, t, ctx) {
    return fold(db, t, ctx, tableRows(db, t));
  },
  /** The same fold with the payees' rows in memory, written at each flush (many uses per payee). */
  bulkWriter(db, t, ctx): BulkWriter {
    const table = tableRows(db, t);
    const cache = new Map<string, PayeeState | null>();
    const dirty = new Set<string>();
    const rows: PayeeRows = {
      get(key) {
        if (!cache.has(key)) cache.set(key, table.get(key) ?? null);
        return cache.get(key) ?? undefined;
      },
      put(key, s) {
        cache.set(key, s);
        dirty.add(key);
      },
      remove(key) {
        cache.set(key, null);
        dirty.add(key);
      },
    };
    const apply = fold(db, t, ctx, rows);
    return {
      apply,
      flush() {
        for (const key of dirty) {
          const s = cache.get(key);
          if (s) table.put(key, s);
          else table.remove(key);
        }
        dirty.clear();
      },
      discard() {
        cache.clear();
        dirty.clear();
      },
    };
  },
};
