// The search's two plans give the same answer. A free-text query with few matches is answered
// from the FTS index and sorted; one with many walks the value-date index newest first and tests
// membership. On a real SQLite file with enough movements (backdated, with payees, categories
// and tags) every query below is run with each plan forced and with the automatic choice, at
// several limits: same movements, same order.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppendBatch, EventStore } from '../../src-main/eventstore/types';
import { openLedger, type Ledger } from '../../src-main/ledger';
import {
  SEARCH_MANY_MATCHES,
  type CategoryQueries,
} from '../../src-main/projections/sqlite/category-queries';
import type { Input, MethodName, Output } from '../../src-shared/contract';
import { generateEvents } from '../support/ledger-fixtures';
import { tempLedgerPath } from '../support/temp-dir';

const PAYEES = ['Migros Zurich', 'Allianz Vienna', 'Café Müller', 'Deutsche Bahn'];
const TAGS = [['trip'], ['work', 'trip'], [], ['home'], ['work']];
const CATEGORIES = ['Food:Groceries', 'Income:Salary', 'Housing:Rent', 'Transport'];
const MOVEMENT_TYPES = new Set(['MoneyDeposited', 'MoneyWithdrawn', 'TransferSent', 'TransferReceived']);

let l: Ledger;
let search: CategoryQueries;

/** The store with a payee, tags and a category added to most movements (fixed by a counter). */
function withMeta(store: EventStore, categoryIds: string[]): EventStore {
  let n = 0;
  const add = (batches: AppendBatch[]): AppendBatch[] =>
    batches.map((b) => ({
      ...b,
      events: b.events.map((e) => {
        if (!MOVEMENT_TYPES.has(e.type)) return e;
        const i = n++;
        const data: Record<string, unknown> = { ...(e.data as object) };
        if (i % 5 !== 0) data.payee = PAYEES[i % PAYEES.length];
        const tags = TAGS[i % TAGS.length]!;
        if (tags.length > 0) data.tags = tags;
        if (i % 7 !== 0) data.categoryId = categoryIds[(i >> 1) % categoryIds.length];
        return { ...e, data };
      }),
    }));
  return {
    headPosition: () => store.headPosition(),
    transaction: <T>(fn: () => T) => store.transaction(fn),
    appendMany: (batches: AppendBatch[]) => store.appendMany(add(batches)),
  } as unknown as EventStore;
}

beforeAll(async () => {
  l = openLedger(tempLedgerPath(), { today: () => '2026-03-31' });
  const ok = async <N extends MethodName>(name: N, input: Input<N>): Promise<Output<N>> => {
    const r = await l.invoke(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  const a = await ok('openAccount', { commandId: 'cmd-plan-1', owner: 'Ann', currency: 'EUR' });
  // The first use of a category writes the default set.
  await ok('deposit', {
    commandId: 'cmd-plan-2',
    accountId: a.accountId,
    amount: '10',
    category: 'Income:Salary',
  });
  const paths = new Map((await ok('categories', {})).map((c) => [c.path, c.categoryId]));
  const ids = CATEGORIES.map((p) => paths.get(p)!);
  expect(ids.every(Boolean)).toBe(true);
  // 24,000 events: each of the generator's 8 words is in about 1 movement in 9 (> the threshold).
  generateEvents({ store: withMeta(l.storage.store, ids), projector: l.storage.projections }, 24_000, {
    accounts: 40,
    seed: 15,
    backdateDays: 400,
    chunk: 6_000,
  });
  search = l.storage.read.meaning as CategoryQueries;
}, 120_000);

afterAll(async () => {
  await l?.close();
});

const QUERIES = [
  'rent', // common
  'groc', // common, by prefix
  'coffee refund', // two words: none (no description has both)
  'coffee payee:Migros',
  'salary', // common
  'zzz-none', // no match
  'payee:"Allianz Vienna"', // common payee
  'payee:cafe', // accent-insensitive payee
  'payee:Migros tag:work',
  'tag:trip',
  'tag:home fuel',
  'category:Food',
  'category:Food rent',
  'category:Income payee:"Deutsche Bahn"',
  'rent amount:>100',
  'rent amount:<20',
  'books amount:10..50',
  'invoice amount:123.45', // none
  'invoice amount:1..2',
  'rent from:2024-01-05',
  'rent to:2024-01-03',
  'groceries from:2024-01-02 to:2024-01-04',
  'payee:Allianz from:2023-06-01 to:2024-01-02 amount:1..400',
  'tag:trip category:Transport to:2024-01-10',
];

const key = (rows: { position: number; valueDate: string }[]) =>
  rows.map((r) => `${r.valueDate}#${r.position}`);

describe('search plans', () => {
  it('common words have more matches than the threshold (the date walk), rare ones fewer', () => {
    const raw = new Database(l.path, { readonly: true });
    try {
      const count = raw.prepare('SELECT count(*) FROM movements_fts WHERE movements_fts MATCH ?').pluck();
      for (const m of ['"rent"*', '"groc"*', 'payee : "Allianz Vienna"', 'tags : "trip"'])
        expect(count.get(m)).toBeGreaterThan(SEARCH_MANY_MATCHES);
      for (const m of ['"rent"* AND "zzz"*', '"fuel"* AND tags : "home"'])
        expect(count.get(m)).toBeLessThan(SEARCH_MANY_MATCHES);
    } finally {
      raw.close();
    }
  });

  it.each(QUERIES)('%s: both plans and the automatic choice agree at every limit', (q) => {
    for (const limit of [1, 7, 50, 1000]) {
      const byMatches = search.search(q, limit, 'matches');
      const byDate = search.search(q, limit, 'date');
      const auto = search.search(q, limit);
      expect(key(byDate)).toEqual(key(byMatches));
      expect(key(auto)).toEqual(key(byMatches));
      expect(byDate).toEqual(byMatches);
      // Newest first by value date, then by position; a smaller limit is a prefix of a larger one.
      const k = byMatches.map((r) => [r.valueDate, r.position] as const);
      for (let i = 1; i < k.length; i++) {
        const [d0, p0] = k[i - 1]!;
        const [d1, p1] = k[i]!;
        expect(d0 > d1 || (d0 === d1 && p0 > p1)).toBe(true);
      }
    }
    const big = key(search.search(q, 1000));
    expect(key(search.search(q, 50))).toEqual(big.slice(0, 50));
  });
});
