// SEARCH: ReadModel.meaning.search (what the search box and `ledger search` call: the FTS5
// index of the movements projection plus the structured filters) on the big ledger, newest
// first, 50 results, against the plain way to find text: a `LIKE '%…%'` scan of the same
// movements table in the same order with the same limit (and, for `amount:`, the same filter as
// raw SQL). Calls of the app and of the baseline alternate; every call is timed.
import Database from 'better-sqlite3';
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import { SqliteReadModel } from '../src-main/projections/sqlite/queries';
import { decimalToScaled } from '../src-shared/search-query';
import { now } from './lib';

const LIMIT = 50;
const ORDER = `ORDER BY value_date DESC, position DESC LIMIT ${LIMIT}`;

/** The queries of the row, each with its baseline statement and parameters. */
export const SEARCH_QUERIES = [
  {
    key: 'word',
    label: 'free-text word "grocery" (1 movement in 10)',
    query: 'grocery',
    sql: `SELECT position FROM movements WHERE description LIKE ? OR payee LIKE ? OR tags LIKE ? ${ORDER}`,
    params: ['%grocery%', '%grocery%', '%grocery%'],
    same: true,
  },
  {
    key: 'rare',
    label: 'rare word "4242" (about 100 movements)',
    query: '4242',
    sql: `SELECT position FROM movements WHERE description LIKE ? OR payee LIKE ? OR tags LIKE ? ${ORDER}`,
    params: ['%4242%', '%4242%', '%4242%'],
    same: false,
  },
  {
    key: 'payee',
    label: '`payee:"Allianz Vienna"` (1 in 64)',
    query: 'payee:"Allianz Vienna"',
    sql: `SELECT position FROM movements WHERE payee LIKE ? ${ORDER}`,
    params: ['%Allianz Vienna%'],
    same: true,
  },
  {
    key: 'amount',
    label: '`amount:100..101` (1 in 500)',
    query: 'amount:100..101',
    sql: `SELECT position FROM movements WHERE amount_scaled BETWEEN ? AND ? ${ORDER}`,
    params: [decimalToScaled('100'), decimalToScaled('101')],
    same: false,
  },
] as const;

export function search(p: { fixture: string; calls: number }): Record<string, number[]> {
  const { db, store } = openStore(p.fixture, { create: false });
  // The baseline reads the same file through its own plain connection.
  const raw = new Database(p.fixture, { readonly: true });
  try {
    const read = new SqliteReadModel(db, store);
    const out: Record<string, number[]> = {};
    for (const q of SEARCH_QUERIES) {
      const stmt = raw.prepare(q.sql).pluck();
      const app = () => read.meaning.search(q.query, LIMIT);
      const base = () => stmt.all(...q.params) as number[];
      const got = app();
      const want = base();
      if (got.length === 0 || want.length === 0)
        throw new Error(`SEARCH ${q.key}: no results (app ${got.length}, LIKE ${want.length})`);
      if (q.same && got.map((m) => m.position).join() !== want.join())
        throw new Error(`SEARCH ${q.key}: the app and the LIKE scan disagree`);
      app();
      base();
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < p.calls; i++) {
        let t = now();
        app();
        a.push(now() - t);
        t = now();
        base();
        b.push(now() - t);
      }
      out[`${q.key}App`] = a;
      out[`${q.key}Base`] = b;
      out[`${q.key}Hits`] = [got.length];
    }
    return out;
  } finally {
    raw.close();
    db.close();
  }
}
