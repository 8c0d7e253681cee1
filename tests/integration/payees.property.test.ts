// The payees read model, through the Ledger on a real SQLite file: for random histories of
// movements with payees (spelled with other cases and accents), categories and recategorizations
// (which may move a movement to another payee or drop it), the incremental rows equal a plain fold
// of the log, the rebuild's bulk path gives the same rows, and the `payees` query and the timeline
// say what the forms and the lists show.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../src-shared/contract';
import { openLedger, type Ledger, type SqliteLedger } from '../../src-main/ledger';
import { payeesProjection } from '../../src-main/projections/sqlite/payees';
import { liveNames, writerContext } from '../../src-main/projections/sqlite/projection';
import { rebuildProjections } from '../../src-main/projections/sqlite/rebuild';
import { projectionRows, shadowTables } from '../support/ledger-fixtures';
import { tempLedgerPath } from '../support/temp-dir';

const open: Ledger[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

let n = 0;
const cmd = () => `cmd-payee-${String(++n).padStart(6, '0')}`;

async function given() {
  const l = openLedger(tempLedgerPath(), { today: () => '2026-03-31' });
  open.push(l);
  const ok = async <N extends MethodName>(name: N, input: Input<N>): Promise<Output<N>> => {
    const r = await l.invoke(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  const account = async (owner: string) =>
    (
      await ok('openAccount', {
        commandId: cmd(),
        owner,
        currency: 'EUR',
        openingBalance: '100000.00',
        openingDate: '2026-01-01',
      })
    ).accountId;
  const a = await account('Ann');
  const b = await account('Bob');
  /** The ids of the events the last command appended. */
  const appended = (before: number) =>
    [...l.store.readAll(before)].filter((e) => e.aggregateType === 'Account').map((e) => e.eventId);
  return { l, ok, a, b, appended };
}

const PAYEES = ['Café Central', 'cafe central', 'CAFÉ   Central', 'Bäckerei', 'baeckerei', 'Rent Co'];
const CATEGORIES = ['Food:Groceries', 'Food:Restaurants', 'Transport'];
type Op =
  | { kind: 'deposit' | 'withdraw' | 'transfer'; payee: number | null; category: number | null; day: number }
  | { kind: 'categorize'; event: number; payee: number | null | undefined; category: number | null };

const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('deposit' as const, 'withdraw' as const, 'transfer' as const),
      payee: fc.option(fc.nat(20), { nil: null }),
      category: fc.option(fc.nat(20), { nil: null }),
      day: fc.nat(40),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('categorize' as const),
      event: fc.nat(1000),
      payee: fc.option(fc.option(fc.nat(20), { nil: null }), { nil: undefined }),
      category: fc.option(fc.nat(20), { nil: null }),
    }),
  },
);

const date = (day: number) => `2026-01-${String(1 + (day % 28)).padStart(2, '0')}`;
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim().replace(/\s+/gu, ' ');

/** The payees table, by a plain fold of the log (the specification the projection meets). */
function expectedPayees(l: Ledger) {
  const movements = new Map<
    string,
    { position: number; key: string | null; category: string | null; date: string }
  >();
  const names = new Map<string, string>();
  for (const e of l.store.readAll(0)) {
    if (['MoneyDeposited', 'MoneyWithdrawn', 'TransferSent', 'TransferReceived'].includes(e.eventType)) {
      const d = e.data as { payee?: string; categoryId?: string; valueDate: string };
      movements.set(e.eventId, {
        position: e.position,
        key: d.payee ? fold(d.payee) : null,
        category: d.categoryId ?? null,
        date: d.valueDate,
      });
      if (d.payee) names.set(fold(d.payee), d.payee);
    } else if (e.eventType === 'MovementCategorized') {
      const m = movements.get(e.data.movementEventId);
      if (!m) continue;
      m.key = e.data.payee ? fold(e.data.payee) : null;
      m.category = e.data.categoryId ?? null;
      if (e.data.payee) names.set(fold(e.data.payee), e.data.payee);
    }
  }
  const byKey = new Map<string, Array<{ position: number; category: string | null; date: string }>>();
  for (const m of movements.values()) if (m.key !== null) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  return [...byKey.entries()]
    .map(([key, ms]) => {
      const last = ms.reduce((x, y) =>
        y.date > x.date || (y.date === x.date && y.position > x.position) ? y : x,
      );
      return {
        payee_key: key,
        name: names.get(key)!,
        use_count: ms.length,
        last_category_id: last.category,
        last_value_date: last.date,
        last_position: last.position,
      };
    })
    .sort((x, y) => (x.payee_key < y.payee_key ? -1 : x.payee_key > y.payee_key ? 1 : 0));
}

const payeeRows = (l: SqliteLedger) =>
  l.storage.db.prepare('SELECT * FROM payees ORDER BY payee_key').all() as ReturnType<typeof expectedPayees>;

async function run(ops: readonly Op[]) {
  const g = await given();
  const movementIds: string[] = [];
  for (const op of ops) {
    if (op.kind === 'categorize') {
      if (movementIds.length === 0) continue;
      // Refused when it changes nothing: a rule, never an internal error.
      const r = await g.l.invoke('categorize', {
        commandId: cmd(),
        eventId: pick(movementIds, op.event),
        category: op.category === null ? null : pick(CATEGORIES, op.category),
        ...(op.payee === undefined ? {} : { payee: op.payee === null ? null : pick(PAYEES, op.payee) }),
      });
      if (!r.ok) expect(r.error.code).not.toBe('internal');
      continue;
    }
    const meta = {
      amount: '1.00',
      valueDate: date(op.day),
      ...(op.payee === null ? {} : { payee: pick(PAYEES, op.payee) }),
      ...(op.category === null ? {} : { category: pick(CATEGORIES, op.category) }),
    };
    const before = g.l.store.headPosition();
    if (op.kind === 'transfer')
      await g.ok('transfer', { commandId: cmd(), fromAccountId: g.a, toAccountId: g.b, ...meta });
    else await g.ok(op.kind, { commandId: cmd(), accountId: g.a, ...meta });
    movementIds.push(...g.appended(before));
  }
  return g;
}

describe('payees (property)', () => {
  it('incremental = the fold of the log = rebuilt (bulk path), for any history', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 25 }),
        fc.integer({ min: 1, max: 12 }),
        async (ops, batchSize) => {
          const g = await run(ops);
          const db = g.l.storage.db;
          // Category events are appended too (the default tree): only movement events are folded.
          expect(payeeRows(g.l)).toEqual(expectedPayees(g.l));
          const before = projectionRows(db);
          const r = rebuildProjections(db, g.l.store, { batchSize, pauseMs: 0 });
          expect(r.differences).toEqual([]);
          expect(projectionRows(db)).toEqual(before);
          expect(shadowTables(db)).toEqual([]);
          // The writer is idempotent per event: the whole log applied again changes nothing.
          const again = payeesProjection.writer(db, liveNames(payeesProjection), writerContext(g.l.store));
          g.l.store.transaction(() => {
            for (const e of g.l.store.readAllProjected(0)) again(e);
          });
          expect(projectionRows(db)).toEqual(before);
          await g.l.close();
          open.splice(open.indexOf(g.l), 1);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('payees query and timeline', () => {
  it('one payee for every spelling, the name as last written, the last category by value date', async () => {
    const { ok, a } = await given();
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '3',
      payee: 'Café Central',
      category: 'Food:Restaurants',
      valueDate: '2026-02-10',
    });
    // Backdated: entered later, dated earlier: it does not become the last category.
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '4',
      payee: 'cafe central',
      category: 'Food:Groceries',
      valueDate: '2026-01-05',
    });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '9',
      payee: 'Bäckerei',
      valueDate: '2026-01-06',
    });
    expect(await ok('payees', {})).toEqual([
      { name: 'cafe central', lastCategory: 'Food:Restaurants', count: 2 },
      { name: 'Bäckerei', lastCategory: null, count: 1 },
    ]);
    expect(await ok('payees', { prefix: 'CAF' })).toEqual([
      { name: 'cafe central', lastCategory: 'Food:Restaurants', count: 2 },
    ]);
    expect(await ok('payees', { prefix: 'back' })).toEqual([
      { name: 'Bäckerei', lastCategory: null, count: 1 },
    ]);
    expect(await ok('payees', { limit: 1 })).toHaveLength(1);
    // A renamed category shows under its new name.
    await ok('renameCategory', { commandId: cmd(), category: 'Food:Restaurants', name: 'Eating out' });
    expect((await ok('payees', { prefix: 'café' }))[0]!.lastCategory).toBe('Food:Eating out');
  });

  it('a recategorization of the latest movement changes the last category; moving it away drops a use', async () => {
    const { ok, a } = await given();
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '1',
      payee: 'Shop',
      category: 'Transport',
      valueDate: '2026-01-01',
    });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '2',
      payee: 'Shop',
      category: 'Food:Groceries',
      valueDate: '2026-01-02',
    });
    const latest = (await ok('timeline', { limit: 1 })).items[0]!;
    expect(latest).toMatchObject({ payee: 'Shop', category: 'Food:Groceries' });
    await ok('categorize', { commandId: cmd(), eventId: latest.eventId, category: 'Food:Restaurants' });
    expect(await ok('payees', {})).toEqual([{ name: 'Shop', lastCategory: 'Food:Restaurants', count: 2 }]);
    await ok('categorize', { commandId: cmd(), eventId: latest.eventId, category: null, payee: 'Other' });
    expect(await ok('payees', {})).toEqual([
      { name: 'Other', lastCategory: null, count: 1 },
      { name: 'Shop', lastCategory: 'Transport', count: 1 },
    ]);
    // The timeline's movement rows carry their current category and payee.
    const page = await ok('timeline', { limit: 10 });
    const entry = page.items.find((e) => e.eventId === latest.eventId)!;
    expect(entry).toMatchObject({ payee: 'Other', category: null });
    expect(page.items.find((e) => e.eventType === 'AccountCreated')).toMatchObject({
      payee: null,
      category: null,
    });
  });
});
