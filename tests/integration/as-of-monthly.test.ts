// As-of balances and monthly totals, against folds of the log. As of a position or a time, every
// account opened by then appears with the balance, owner and status it had then; later ones are
// absent. Monthly totals group by value month.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AsOfBalances } from '../../src-shared/contract';
import { balanceDelta, timelineFields, type StoredEvent } from '../../src-shared/events';
import type { AppendBatch } from '../../src-main/eventstore/types';
import type { SqliteLedger } from '../../src-main/ledger';
import {
  foldLog,
  generateEvents,
  historyArb,
  historyDate,
  runHistory,
  tempLedger,
  uuidFrom,
  rng,
  type TempLedger,
} from '../support/ledger-fixtures';

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** What balancesAsOf should answer, by folding the events that `include` keeps. */
function expectedAsOf(l: SqliteLedger, upTo: number, include?: (e: StoredEvent) => boolean) {
  return [...foldLog(l.store, upTo, include).values()]
    .map((a) => ({
      accountId: a.accountId,
      name: a.name,
      owner: a.owner,
      currency: a.currency,
      status: a.status,
      balance: { minor: a.balance, currency: a.currency },
    }))
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
}
const sorted = (r: AsOfBalances) => [...r.accounts].sort((a, b) => a.accountId.localeCompare(b.accountId));

describe('balancesAsOf', () => {
  let t: TempLedger;
  let ledger: SqliteLedger;
  let closedThenRenamed: string;
  let closedAt: number;

  beforeAll(async () => {
    t = tempLedger();
    ledger = t.ledger;
    // Generated history first (one event a day), then commands of every kind (now), so as-of
    // positions and times see renames, closes and corrections too.
    generateEvents(ledger, 1500, { accounts: 40, seed: 11, stepMs: 86_400_000 / 4 });
    await runHistory(
      ledger,
      fc.sample(
        fc.array(
          fc.constantFrom(
            { kind: 'open', owner: 1, opening: 500 } as const,
            { kind: 'deposit', account: 3, minor: 100, description: null, day: null } as const,
          ),
          { minLength: 1, maxLength: 3 },
        ),
        { numRuns: 1, seed: 3 },
      )[0]!,
      'asof-a',
    );
    const r = await ok(
      ledger.invoke('openAccount', {
        commandId: 'asof-close-1',
        owner: 'Closer',
        currency: 'EUR',
        openingBalance: '5',
      }),
    );
    closedThenRenamed = r.accountId;
    await ok(ledger.invoke('withdraw', { commandId: 'asof-close-2', accountId: r.accountId, amount: '5' }));
    closedAt = (
      await ok(ledger.invoke('closeAccount', { commandId: 'asof-close-3', accountId: r.accountId }))
    ).position;
    // A closed account can still be renamed (the rules allow it); it stays closed.
    await ok(
      ledger.invoke('changeOwner', {
        commandId: 'asof-close-4',
        accountId: r.accountId,
        owner: 'Closer (archived)',
      }),
    );
    await runHistory(
      ledger,
      fc.sample(
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constantFrom('rename' as const, 'owner' as const),
              account: fc.nat(50),
              owner: fc.nat(9),
            }),
            fc.record({
              kind: fc.constant('withdraw' as const),
              account: fc.nat(50),
              minor: fc.nat({ max: 900 }).map((x) => x + 1),
              description: fc.constant(null),
              day: fc.constant(null),
            }),
            fc.record({ kind: fc.constant('correct' as const), event: fc.nat(50) }),
            fc.record({ kind: fc.constant('drain' as const), account: fc.nat(3) }),
            fc.record({ kind: fc.constant('close' as const), account: fc.nat(3) }),
            fc.record({ kind: fc.constant('open' as const), owner: fc.nat(9), opening: fc.constant(null) }),
          ),
          { minLength: 40, maxLength: 40 },
        ),
        { numRuns: 1, seed: 4 },
      )[0]!,
      'asof-b',
    );
  });
  afterAll(() => t.dispose());

  it('as of any position: the fold of the log up to there (accounts opened later are absent)', async () => {
    const head = ledger.store.headPosition();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: head + 5 }), async (position) => {
        const r = await ok(ledger.invoke('balancesAsOf', { position }));
        const p = Math.min(position, head);
        expect(r.position).toBe(p);
        expect(r.timestamp).toBe(
          p === 0 ? null : [...ledger.store.readAll(p - 1, { limit: 1 })][0]!.timestamp,
        );
        expect(sorted(r)).toEqual(expectedAsOf(ledger, p));
      }),
      { numRuns: 60 },
    );
  });

  it('as of any time: the fold of the events entered at or before it', async () => {
    const events = [...ledger.store.readAll()];
    const first = Date.parse(events[0]!.timestamp);
    const last = Date.parse(events.at(-1)!.timestamp);
    const time = fc.oneof(
      fc.constantFrom(...events.map((e) => Date.parse(e.timestamp))),
      fc.integer({ min: first - 86_400_000, max: last + 1000 }),
    );
    await fc.assert(
      fc.asyncProperty(time, async (ms) => {
        const iso = new Date(ms).toISOString();
        const r = await ok(ledger.invoke('balancesAsOf', { time: iso }));
        const included = events.filter((e) => Date.parse(e.timestamp) <= ms);
        expect(r.position).toBe(included.at(-1)?.position ?? 0);
        expect(sorted(r)).toEqual(
          expectedAsOf(ledger, Number.MAX_SAFE_INTEGER, (e) => Date.parse(e.timestamp) <= ms),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('as of a time when the clock stepped back: the last position recorded by then, and its fold', async () => {
    // History recorded in 2024, then more appended with 2023 times (a clock set back): positions
    // no longer follow time, and the latest time by T is not always the last position by T.
    const e = tempLedger();
    try {
      generateEvents(e.ledger, 300, {
        accounts: 6,
        seed: 3,
        startTime: Date.UTC(2024, 0, 1),
        stepMs: 3_600_000,
      });
      generateEvents(e.ledger, 300, {
        accounts: 6,
        seed: 4,
        startTime: Date.UTC(2023, 0, 1),
        stepMs: 3_600_000,
      });
      const events = [...e.ledger.store.readAll()];
      const times = events.map((x) => Date.parse(x.timestamp));
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constantFrom(...times),
            fc.integer({ min: Date.UTC(2022, 11, 1), max: Date.UTC(2024, 2, 1) }),
          ),
          async (ms) => {
            const r = await ok(e.ledger.invoke('balancesAsOf', { time: new Date(ms).toISOString() }));
            const last = events.filter((x) => Date.parse(x.timestamp) <= ms).at(-1)?.position ?? 0;
            expect(r.position).toBe(last);
            expect(sorted(r)).toEqual(expectedAsOf(e.ledger, last));
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      await e.dispose();
    }
  });

  it('a closed account shows closed from its close on (also after a later rename), open before', async () => {
    const before = await ok(ledger.invoke('balancesAsOf', { position: closedAt - 1 }));
    expect(before.accounts.find((a) => a.accountId === closedThenRenamed)).toMatchObject({
      status: 'open',
      owner: 'Closer',
    });
    const at = await ok(ledger.invoke('balancesAsOf', { position: closedAt }));
    expect(at.accounts.find((a) => a.accountId === closedThenRenamed)).toMatchObject({
      status: 'closed',
      owner: 'Closer',
    });
    const later = await ok(ledger.invoke('balancesAsOf', { position: closedAt + 1 }));
    expect(later.accounts.find((a) => a.accountId === closedThenRenamed)).toMatchObject({
      status: 'closed',
      owner: 'Closer (archived)',
      balance: { minor: 0, currency: 'EUR' },
    });
    const now = await ok(ledger.invoke('getAccount', { accountId: closedThenRenamed }));
    expect(now.status).toBe('closed');
  });

  it('the empty ledger and position 0 answer with no accounts', async () => {
    const e = tempLedger();
    try {
      const none = { position: 0, timestamp: null, date: null, knownAt: null, accounts: [] };
      expect(await ok(e.ledger.invoke('balancesAsOf', { position: 5 }))).toEqual(none);
      expect(await ok(e.ledger.invoke('balancesAsOf', { time: '2030-01-01T00:00:00Z' }))).toEqual(none);
      expect(await ok(e.ledger.invoke('balancesAsOf', { date: '2030-01-01' }))).toEqual({
        ...none,
        date: '2030-01-01',
      });
    } finally {
      await e.dispose();
    }
    expect((await ok(ledger.invoke('balancesAsOf', { position: 0 }))).accounts).toEqual([]);
  });
});

/**
 * Balances on value date D as known at position p, by folding the log: names and status as known
 * at p; money dated on or before D (the opening balance on the opening date known at p).
 */
function foldOnDate(l: SqliteLedger, date: string, p: number) {
  const out = new Map<
    string,
    { a: ReturnType<typeof foldLog> extends Map<string, infer A> ? A : never; money: number }
  >();
  const known = foldLog(l.store, p);
  for (const a of known.values()) out.set(a.accountId, { a, money: 0 });
  for (const e of l.store.readAll(0)) {
    if (e.position > p) break;
    const vd = e.eventType === 'AccountCreated' ? null : timelineFields(e).valueDate;
    if (vd && vd <= date) out.get(e.aggregateId)!.money += balanceDelta(e);
  }
  return [...out.values()]
    .filter(({ a }) => a.openingDate <= date)
    .map(({ a, money }) => {
      const created = [...l.store.readStream(a.accountId, 1)][0]!;
      const opening = created.eventType === 'AccountCreated' ? created.data.openingBalance.minor : 0;
      return {
        accountId: a.accountId,
        name: a.name,
        owner: a.owner,
        currency: a.currency,
        status: a.status,
        balance: { minor: opening + money, currency: a.currency },
      };
    })
    .sort((x, y) => x.accountId.localeCompare(y.accountId));
}

describe('balancesAsOf a value date (bitemporal)', () => {
  it('on date D as known at T = the fold of what was recorded by T and dated on or before D', async () => {
    await fc.assert(
      fc.asyncProperty(
        historyArb(60),
        fc.array(fc.tuple(fc.integer({ min: -420, max: 2100 }), fc.nat()), { minLength: 5, maxLength: 12 }),
        async (ops, asks) => {
          const e = tempLedger();
          try {
            const { accountIds } = await runHistory(e.ledger, ops, 'bitemporal');
            const head = e.ledger.store.headPosition();
            // The running balance of the last entry by value date is the account's balance.
            for (const accountId of accountIds) {
              const last = await ok(e.ledger.invoke('timeline', { accountId, order: 'date', limit: 1 }));
              const account = await ok(e.ledger.invoke('getAccount', { accountId }));
              expect(last.items[0]!.balanceAfter).toEqual(account.balance);
            }
            for (const [day, pick] of asks) {
              const date = historyDate(day);
              const p = head ? pick % (head + 1) : 0;
              const got = await ok(e.ledger.invoke('balancesAsOf', { date, position: p }));
              expect(got.date).toBe(date);
              expect(sorted(got)).toEqual(foldOnDate(e.ledger, date, got.position));
              if (p === head) {
                const now = await ok(e.ledger.invoke('balancesAsOf', { date }));
                expect(sorted(now)).toEqual(sorted(got));
              }
            }
          } finally {
            await e.dispose();
          }
        },
      ),
      { numRuns: 25, seed: 14 },
    );
  });

  it('on date D as known at T across blocks of the log and value years (backdated entries)', async () => {
    // 12,000 events over four years, a third backdated by up to 900 days: the value buckets
    // (whole years per block, months per block) and the two remainders all take part.
    const e = tempLedger();
    try {
      generateEvents(e.ledger, 12_000, { accounts: 25, seed: 5, stepMs: 86_400_000 / 8, backdateDays: 900 });
      const head = e.ledger.store.headPosition();
      const rand = rng(9);
      for (let i = 0; i < 12; i++) {
        const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 1900) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const p = i === 0 ? head : Math.floor(rand() * (head + 1));
        const got = await ok(e.ledger.invoke('balancesAsOf', { date, position: p }));
        expect(sorted(got)).toEqual(foldOnDate(e.ledger, date, got.position));
      }
      // A month's first and second half are read from opposite ends (its start, or its bucket
      // less what follows the date): month ends, the year's end and a leap day included.
      for (const date of [
        '2024-02-29',
        '2024-02-15',
        '2024-12-31',
        '2025-01-01',
        '2025-06-16',
        '2025-06-30',
      ]) {
        for (const p of [head, Math.floor(head / 3)]) {
          const got = await ok(e.ledger.invoke('balancesAsOf', { date, position: p }));
          expect(sorted(got), `${date} at ${p}`).toEqual(foldOnDate(e.ledger, date, got.position));
        }
      }
    } finally {
      await e.dispose();
    }
  });

  it('"as known at" a time reads what had been recorded by then', async () => {
    const e = tempLedger();
    try {
      const open = await ok(
        e.ledger.invoke('openAccount', {
          commandId: 'bt-open-001',
          owner: 'Ann',
          name: 'Household',
          type: 'checking',
          currency: 'EUR',
          openingBalance: '100',
          openingDate: '2026-06-01',
        }),
      );
      const accountId = open.accountId;
      await ok(
        e.ledger.invoke('deposit', {
          commandId: 'bt-dep-0001',
          accountId,
          amount: '50',
          valueDate: '2026-06-20',
        }),
      );
      const before = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      // Recorded later, dated back into June: the books on 30 June change, what they said then does not.
      await ok(
        e.ledger.invoke('withdraw', {
          commandId: 'bt-wd-00002',
          accountId,
          amount: '30',
          valueDate: '2026-06-25',
        }),
      );
      const now = await ok(e.ledger.invoke('balancesAsOf', { date: '2026-06-30' }));
      const then = await ok(e.ledger.invoke('balancesAsOf', { date: '2026-06-30', knownAt: before }));
      expect(now.accounts[0]).toMatchObject({ name: 'Household', balance: { minor: 12_000 } });
      expect(then.accounts[0]).toMatchObject({ balance: { minor: 15_000 } });
      expect(then.knownAt).toBe(new Date(before).toISOString());
      const early = await ok(e.ledger.invoke('balancesAsOf', { date: '2026-05-31' }));
      expect(early.accounts).toEqual([]);
    } finally {
      await e.dispose();
    }
  });
});

describe('monthlyTotals', () => {
  let t: TempLedger;
  beforeAll(() => {
    t = tempLedger();
  });
  afterAll(() => t.dispose());

  /** Appends hand-written events with explicit entry times, projecting them inline. */
  function append(batches: AppendBatch[]): void {
    t.ledger.store.transaction(() =>
      t.ledger.storage.projections.apply(t.ledger.store.appendMany(batches).events),
    );
  }
  const ev = (
    streamId: string,
    iso: string,
    type: AppendBatch['events'][0]['type'],
    data: object,
  ): AppendBatch => ({
    streamId,
    streamType: 'Account',
    expectedVersion: 'any',
    events: [{ type, data, timestamp: Date.parse(iso) }],
  });
  const eur = (minor: number) => ({ minor, currency: 'EUR' });
  const m = (minor: number) => ({ minor, currency: 'EUR' });

  it('groups by value month, whenever entries were recorded: deposits, withdrawals, net, closing balance; quiet months absent, the opening month present', async () => {
    const r = rng(1);
    const a = uuidFrom(r);
    const b = uuidFrom(r);
    const transferId = uuidFrom(r);
    const opened = (owner: string, minor: number) => ({
      owner,
      name: owner,
      type: 'checking',
      currency: 'EUR',
      openingBalance: eur(minor),
      openingDate: '2024-01-15',
    });
    append([
      ev(a, '2024-01-15T10:00:00.000Z', 'AccountCreated', opened('A', 10_000)),
      ev(b, '2024-01-15T10:00:00.001Z', 'AccountCreated', opened('B', 0)),
      ev(a, '2024-01-31T23:59:59.999Z', 'MoneyDeposited', { amount: eur(5_000), valueDate: '2024-01-31' }),
      ev(a, '2024-02-01T00:00:00.000Z', 'MoneyWithdrawn', { amount: eur(3_000), valueDate: '2024-02-01' }),
      ev(a, '2024-02-10T00:00:00.000Z', 'TransferSent', {
        amount: eur(2_000),
        transferId,
        toAccountId: b,
        valueDate: '2024-02-10',
      }),
      ev(b, '2024-02-10T00:00:00.000Z', 'TransferReceived', {
        amount: eur(2_000),
        transferId,
        fromAccountId: a,
        valueDate: '2024-02-10',
      }),
      // Recorded in March, belongs to January.
      ev(a, '2024-03-03T09:00:00.000Z', 'MoneyDeposited', { amount: eur(700), valueDate: '2024-01-20' }),
      // Nothing in March; a rename (no money) in another year.
      ev(a, '2024-04-30T12:00:00.000Z', 'MoneyDeposited', { amount: eur(100), valueDate: '2024-04-30' }),
      ev(a, '2025-12-31T23:59:59.000Z', 'AccountRenamed', { name: 'A2', previousName: 'A' }),
    ]);
    const head = t.ledger.store.headPosition();
    const deposit = [...t.ledger.store.readAll(head - 2, { limit: 1 })][0]!;
    // A correction recorded in 2026 undoes the April deposit in April, the deposit's own date.
    append([
      ev(a, '2026-01-01T00:00:00.000Z', 'MovementCorrected', {
        correctedEventId: deposit.eventId,
        reason: 'wrong',
        amount: eur(100),
        direction: 'out',
        valueDate: '2024-04-30',
      }),
    ]);
    const totals = await ok(t.ledger.invoke('monthlyTotals', { accountId: a }));
    expect(totals).toEqual([
      { month: '2024-01', deposits: m(15_700), withdrawals: m(0), net: m(15_700), closingBalance: m(15_700) },
      { month: '2024-02', deposits: m(0), withdrawals: m(5_000), net: m(-5_000), closingBalance: m(10_700) },
      { month: '2024-04', deposits: m(100), withdrawals: m(100), net: m(0), closingBalance: m(10_700) },
    ]);
    // The opening month is always there (the opening balance is money in, zero here).
    expect(await ok(t.ledger.invoke('monthlyTotals', { accountId: b }))).toEqual([
      { month: '2024-01', deposits: m(0), withdrawals: m(0), net: m(0), closingBalance: m(0) },
      { month: '2024-02', deposits: m(2_000), withdrawals: m(0), net: m(2_000), closingBalance: m(2_000) },
    ]);
    const missing = await t.ledger.invoke('monthlyTotals', { accountId: uuidFrom(r) });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });

  it('for a generated multi-year history, every account equals the per-month fold of its events', async () => {
    const { accountIds } = generateEvents(t.ledger, 4000, {
      accounts: 25,
      seed: 8,
      startTime: Date.UTC(2022, 11, 31, 20),
      stepMs: 7 * 3600_000 + 17,
      backdateDays: 120,
    });
    const byAccount = new Map<
      string,
      Map<string, { deposits: number; withdrawals: number; closing: number }>
    >();
    for (const e of t.ledger.store.readAll()) {
      const d = balanceDelta(e);
      const opening = e.eventType === 'AccountCreated';
      if (d === 0 && !opening) continue;
      const months = byAccount.get(e.aggregateId) ?? new Map();
      byAccount.set(e.aggregateId, months);
      const month = (opening ? e.data.openingDate : timelineFields(e).valueDate!).slice(0, 7);
      const cur = months.get(month) ?? { deposits: 0, withdrawals: 0, closing: 0 };
      months.set(month, {
        deposits: cur.deposits + Math.max(d, 0),
        withdrawals: cur.withdrawals + Math.max(-d, 0),
        closing: 0,
      });
    }
    let backdated = 0;
    for (const e of t.ledger.store.readAll())
      if (timelineFields(e).valueDate! < e.timestamp.slice(0, 10)) backdated++;
    expect(backdated).toBeGreaterThan(100);
    for (const id of accountIds) {
      // Closing balances accumulate in value-month order, not in the order entries were recorded.
      const months = [...byAccount.get(id)!.entries()].sort(([x], [y]) => x.localeCompare(y));
      let closing = 0;
      for (const [, x] of months) x.closing = closing += x.deposits - x.withdrawals;
      const want = months.map(([month, x]) => ({
        month,
        deposits: m(x.deposits),
        withdrawals: m(x.withdrawals),
        net: m(x.deposits - x.withdrawals),
        closingBalance: m(x.closing),
      }));
      expect(await ok(t.ledger.invoke('monthlyTotals', { accountId: id }))).toEqual(want);
      // The chart's invariant: each closing balance is the previous one plus the month's net.
      want.forEach((w, i) => {
        if (i > 0) expect(w.closingBalance.minor).toBe(want[i - 1]!.closingBalance.minor + w.net.minor);
      });
    }
    expect(byAccount.get(accountIds[0]!)!.size).toBeGreaterThan(12);
  });
});
