// Categories, payees, tags, rules, search and the category reports, through the Ledger's public
// methods on a real SQLite file: given a history, when a command runs, then what the read side
// (and the log) says.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../src-shared/contract';
import { openLedger, type Ledger } from '../../src-main/ledger';
import { rebuildProjections } from '../../src-main/projections/sqlite/rebuild';
import { projectionRows } from '../support/ledger-fixtures';
import { tempLedgerPath } from '../support/temp-dir';

const open: Ledger[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

let n = 0;
const cmd = () => `cmd-cat-${String(++n).padStart(6, '0')}`;

async function given() {
  const l = openLedger(tempLedgerPath(), { today: () => '2026-03-31' });
  open.push(l);
  const ok = async <N extends MethodName>(name: N, input: Input<N>): Promise<Output<N>> => {
    const r = await l.invoke(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  const fail = async <N extends MethodName>(name: N, input: Input<N>) => {
    const r = await l.invoke(name, input);
    if (r.ok) throw new Error(`${name} should have been refused`);
    return r.error;
  };
  const a = await ok('openAccount', {
    commandId: cmd(),
    owner: 'Ann',
    currency: 'EUR',
    openingBalance: '1000.00',
    openingDate: '2026-01-01',
  });
  const b = await ok('openAccount', {
    commandId: cmd(),
    owner: 'Bob',
    currency: 'EUR',
    openingDate: '2026-01-01',
  });
  const lastEvent = async () => {
    const page = await ok('timeline', { limit: 1 });
    return page.items[0]!.eventId;
  };
  return { l, ok, fail, a: a.accountId, b: b.accountId, lastEvent };
}

describe('categories', () => {
  it('a new ledger shows the default set without writing anything; the first use writes it', async () => {
    const { ok, a } = await given();
    const before = await ok('categories', {});
    expect(before.map((c) => c.path)).toContain('Food:Groceries');
    expect(before.every((c) => c.isDefault)).toBe(true);
    await ok('withdraw', { commandId: cmd(), accountId: a, amount: '5', category: 'Food:Groceries' });
    const after = await ok('categories', {});
    expect(after.map((c) => [c.path, c.categoryId])).toEqual(before.map((c) => [c.path, c.categoryId]));
    expect(after.some((c) => c.isDefault)).toBe(false);
  });

  it('a movement with a new category creates it (trimmed levels); malformed names are refused', async () => {
    const { ok, fail, a } = await given();
    await ok('deposit', {
      commandId: cmd(),
      accountId: a,
      amount: '5',
      category: ' Gifts : Birthday ',
      tags: ['x'],
    });
    expect((await ok('categories', {})).map((c) => c.path)).toContain('Gifts:Birthday');
    for (const category of ['', 'Food::x', ':Food', 'a:b:c:d:e:f:g', 'x'.repeat(61)])
      expect((await fail('deposit', { commandId: cmd(), accountId: a, amount: '5', category })).code).toBe(
        'validation',
      );
    expect((await fail('deposit', { commandId: cmd(), accountId: a, amount: '5', payee: ' ' })).code).toBe(
      'validation',
    );
    expect((await fail('deposit', { commandId: cmd(), accountId: a, amount: '5', tags: ['a b'] })).code).toBe(
      'validation',
    );
    expect(
      (await fail('deposit', { commandId: cmd(), accountId: a, amount: '5', payee: 'a\u202eb' })).code,
    ).toBe('validation');
  });

  it('renamed, moved and merged categories show under their new names, history included', async () => {
    const { ok, fail, a } = await given();
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '10',
      category: 'Food:Restaurants',
      valueDate: '2026-02-01',
    });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '20',
      category: 'Food:Groceries',
      valueDate: '2026-02-02',
    });
    await ok('renameCategory', { commandId: cmd(), category: 'Food', name: 'Essen' });
    let report = await ok('reportCategories', { from: '2026-02-01', to: '2026-02-28' });
    expect(report).toEqual([
      { category: 'Essen:Groceries', total: { minor: -2000, currency: 'EUR' } },
      { category: 'Essen:Restaurants', total: { minor: -1000, currency: 'EUR' } },
    ]);
    await ok('mergeCategories', { commandId: cmd(), from: 'Essen:Restaurants', into: 'Essen:Groceries' });
    report = await ok('reportCategories', { from: '2026-02-01', to: '2026-02-28' });
    expect(report).toEqual([{ category: 'Essen:Groceries', total: { minor: -3000, currency: 'EUR' } }]);
    await ok('moveCategory', { commandId: cmd(), category: 'Essen:Groceries', parent: null });
    expect((await ok('search', { query: 'category:Groceries' })).map((m) => m.category)).toEqual([
      'Groceries',
      'Groceries',
    ]);
    expect((await fail('moveCategory', { commandId: cmd(), category: 'Essen', parent: 'Essen' })).code).toBe(
      'domain',
    );
    expect((await fail('renameCategory', { commandId: cmd(), category: 'Nope', name: 'X' })).code).toBe(
      'domain',
    );
    await ok('archiveCategory', { commandId: cmd(), category: 'Transport' });
    expect((await ok('categories', {})).map((c) => c.path)).not.toContain('Transport');
    expect((await ok('categories', { includeArchived: true })).map((c) => c.path)).toContain('Transport');
    expect(
      (await fail('withdraw', { commandId: cmd(), accountId: a, amount: '1', category: 'Transport' })).code,
    ).toBe('domain');
  });

  it('categorize sets category, payee and tags of a movement and keeps the earlier ones in the event', async () => {
    const { l, ok, fail, a, b, lastEvent } = await given();
    await ok('withdraw', { commandId: cmd(), accountId: a, amount: '7', payee: 'Kiosk', tags: ['cash'] });
    const id = await lastEvent();
    await ok('categorize', { commandId: cmd(), eventId: id, category: 'Food:Groceries' });
    const e = l.store.getEvent((await ok('timeline', { limit: 1 })).items[0]!.eventId)!;
    expect(e.eventType).toBe('MovementCategorized');
    if (e.eventType !== 'MovementCategorized') return;
    expect(e.data).toMatchObject({
      movementEventId: id,
      payee: 'Kiosk',
      tags: ['cash'],
      previous: { payee: 'Kiosk', tags: ['cash'] },
    });
    expect(e.data.previous.categoryId).toBeUndefined();
    const [hit] = await ok('search', { query: 'kiosk' });
    expect(hit).toMatchObject({ eventId: id, category: 'Food:Groceries', payee: 'Kiosk', tags: ['cash'] });
    expect(
      (await fail('categorize', { commandId: cmd(), eventId: id, category: 'Food:Groceries' })).code,
    ).toBe('domain');
    // Each side of a transfer has its own category.
    await ok('transfer', {
      commandId: cmd(),
      fromAccountId: a,
      toAccountId: b,
      amount: '1',
      category: 'Savings',
    });
    const received = await lastEvent();
    await ok('categorize', { commandId: cmd(), eventId: received, category: 'Income:Other' });
    const sides = await ok('search', { query: 'amount:1' });
    expect(sides.map((m) => [m.eventType, m.category])).toEqual([
      ['TransferReceived', 'Income:Other'],
      ['TransferSent', 'Savings'],
    ]);
  });
});

describe('rules', () => {
  it('apply when a movement is entered without a category; an explicit category wins', async () => {
    const { ok, a } = await given();
    await ok('addRule', {
      commandId: cmd(),
      descriptionContains: 'rewe',
      category: 'Food:Groceries',
      setPayee: 'REWE',
    });
    await ok('withdraw', { commandId: cmd(), accountId: a, amount: '30', description: 'REWE Markt 123' });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '3',
      description: 'rewe bag',
      category: 'Shopping',
    });
    const hits = await ok('search', { query: 'rewe' });
    expect(hits.map((m) => [m.description, m.category, m.payee])).toEqual([
      ['rewe bag', 'Shopping', null],
      ['REWE Markt 123', 'Food:Groceries', 'REWE'],
    ]);
  });

  it('preview lists what apply then writes, in one batch; applying again changes nothing', async () => {
    const { l, ok, fail, a } = await given();
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '4',
      payee: 'Bakery',
      valueDate: '2026-02-01',
    });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '5',
      payee: 'bakery',
      valueDate: '2026-02-02',
    });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '6',
      payee: 'Butcher',
      valueDate: '2026-02-03',
    });
    const { ruleId } = await ok('addRule', { commandId: cmd(), payee: 'BAKERY', category: 'Food:Bread' });
    const preview = await ok('previewRule', { ruleId });
    expect(preview.map((c) => [c.valueDate, c.from.category, c.to.category])).toEqual([
      ['2026-02-01', null, 'Food:Bread'],
      ['2026-02-02', null, 'Food:Bread'],
    ]);
    const r = await ok('applyRule', { commandId: cmd(), ruleId });
    expect(r.changed).toBe(2);
    const written = [...l.store.readAll(0)].filter((e) => e.eventType === 'MovementCategorized');
    expect(new Set(written.map((e) => e.metadata.ruleBatchId))).toEqual(new Set([r.batchId]));
    expect((await ok('search', { query: 'category:food' })).length).toBe(2);
    expect(await ok('previewRule', { ruleId })).toEqual([]);
    expect((await fail('applyRule', { commandId: cmd(), ruleId })).code).toBe('domain');
    expect((await ok('rules', {}))[0]).toMatchObject({ ruleId, payee: 'BAKERY', category: 'Food:Bread' });
  });
});

describe('search and reports', () => {
  it('finds by accent-free words, payee, tag, amount and dates, newest first', async () => {
    const { ok, a } = await given();
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '3.20',
      description: 'Café Zürich',
      tags: ['coffee'],
      valueDate: '2026-02-10',
    });
    await ok('withdraw', {
      commandId: cmd(),
      accountId: a,
      amount: '150',
      description: 'Rent',
      payee: 'Landlord Ltd',
      valueDate: '2026-02-01',
    });
    await ok('deposit', {
      commandId: cmd(),
      accountId: a,
      amount: '40',
      description: 'cafe refund',
      valueDate: '2026-03-01',
    });
    const q = async (query: string) => (await ok('search', { query })).map((m) => m.description);
    expect(await q('CAFE')).toEqual(['cafe refund', 'Café Zürich']);
    expect(await q('zur')).toEqual(['Café Zürich']);
    expect(await q('payee:landlord')).toEqual(['Rent']);
    expect(await q('tag:coffee')).toEqual(['Café Zürich']);
    expect(await q('amount:>100')).toEqual(['Rent']);
    expect(await q('amount:<20')).toEqual(['Café Zürich']);
    expect(await q('amount:10..50')).toEqual(['cafe refund']);
    expect(await q('from:2026-02-05 to:2026-02-28')).toEqual(['Café Zürich']);
    expect(await q('category:Nothing')).toEqual([]);
    const bad = await l_fail(ok, 'amount:x');
    expect(bad).toBe(true);
  });

  it('net worth: month-end balances per currency by value date', async () => {
    const { ok, a } = await given();
    await ok('withdraw', { commandId: cmd(), accountId: a, amount: '100', valueDate: '2026-03-05' });
    expect(await ok('reportNetWorth', {})).toEqual([
      { month: '2026-01', currency: 'EUR', balance: { minor: 100000, currency: 'EUR' } },
      { month: '2026-02', currency: 'EUR', balance: { minor: 100000, currency: 'EUR' } },
      { month: '2026-03', currency: 'EUR', balance: { minor: 90000, currency: 'EUR' } },
    ]);
    expect(await ok('reportNetWorth', { from: '2026-03-01' })).toHaveLength(1);
  });
});

async function l_fail(ok: (n: 'search', i: Input<'search'>) => Promise<unknown>, query: string) {
  try {
    await ok('search', { query });
    return false;
  } catch {
    return true;
  }
}

describe('properties', () => {
  const categories = ['Food', 'Food:Groceries', 'Income:Salary', 'Transport', 'Fun:Games'];
  const step = fc.record({
    kind: fc.constantFrom('deposit', 'withdraw', 'categorize', 'rename'),
    amount: fc.integer({ min: 1, max: 5000 }),
    category: fc.option(fc.constantFrom(...categories), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.constantFrom('02', '03'),
    pick: fc.nat(),
  });

  it('rebuilt = incremental, and the report totals are the fold of the movements', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const { l, ok, a, lastEvent } = await given();
        const movements: string[] = [];
        for (const s of steps) {
          const valueDate = `2026-${s.month}-${String(s.day).padStart(2, '0')}`;
          const amount = `${Math.floor(s.amount / 100)}.${String(s.amount % 100).padStart(2, '0')}`;
          if (s.kind === 'deposit' || s.kind === 'withdraw') {
            const r = await l.invoke(s.kind, {
              commandId: cmd(),
              accountId: a,
              amount,
              valueDate,
              ...(s.category ? { category: s.category } : {}),
            });
            if (r.ok) movements.push(await lastEvent());
          } else if (s.kind === 'categorize' && movements.length > 0) {
            await l.invoke('categorize', {
              commandId: cmd(),
              eventId: movements[s.pick % movements.length]!,
              category: s.category ?? null,
            });
          } else if (s.kind === 'rename') {
            await l.invoke('renameCategory', {
              commandId: cmd(),
              category: 'Food',
              name: `Food${s.pick % 3}`,
            });
            await l.invoke('renameCategory', {
              commandId: cmd(),
              category: `Food${s.pick % 3}`,
              name: 'Food',
            });
          }
        }
        // The fold: every movement's signed amount under its current category.
        const fold = new Map<string, number>();
        const foldByMonth = new Map<string, number>();
        for (const m of await ok('search', { query: 'from:2026-02-01 to:2026-03-31', limit: 1000 })) {
          const k = m.category ?? '';
          fold.set(k, (fold.get(k) ?? 0) + m.amount.minor);
          const km = `${m.valueDate.slice(0, 7)} ${k}`;
          foldByMonth.set(km, (foldByMonth.get(km) ?? 0) + m.amount.minor);
        }
        const report = await ok('reportCategories', { from: '2026-02-01', to: '2026-03-31' });
        expect(new Map(report.map((r) => [r.category ?? '', r.total.minor]))).toEqual(fold);
        const monthly = await ok('reportMonthly', { from: '2026-02-01', to: '2026-03-31' });
        expect(new Map(monthly.map((r) => [`${r.month} ${r.category ?? ''}`, r.total.minor]))).toEqual(
          foldByMonth,
        );
        const before = projectionRows(l.storage.db);
        const r = rebuildProjections(l.storage.db, l.store, { pauseMs: 0 });
        expect(r.differences).toEqual([]);
        expect(projectionRows(l.storage.db)).toEqual(before);
        expect((await ok('verifyLedger', {})).ok).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
