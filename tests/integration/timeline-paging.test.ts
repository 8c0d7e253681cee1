// The timeline projection and its keyset paging. Every entry is checked against an independent
// fold of the log; page walks (any filter combination, any page size) must equal filtering the
// full list, with no overlap, no gap and nextBefore null at the end; timelineCount agrees.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry, TimelineFilter } from '../../src-shared/contract';
import { balanceDelta, eventAmount, EventTypes, type EventType } from '../../src-shared/events';
import type { SqliteLedger } from '../../src-main/ledger';
import { generateEvents, tempLedger, type TempLedger } from '../support/ledger-fixtures';

let t: TempLedger;
let ledger: SqliteLedger;
let accountIds: string[];
/** The expected timeline, oldest first, computed from the log without the projection. */
let all: TimelineEntry[];
let ids: { transferId: string; from: string; to: string; deposit: string; correction: string };

function expectedTimeline(l: SqliteLedger): TimelineEntry[] {
  const state = new Map<string, { owner: string; name: string; currency: string; balance: number }>();
  const out: TimelineEntry[] = [];
  const byEventId = new Map<string, TimelineEntry>();
  for (const e of l.store.readAll()) {
    if (e.eventType === 'AccountCreated')
      state.set(e.aggregateId, {
        owner: e.data.owner,
        name: e.data.name,
        currency: e.data.currency,
        balance: 0,
      });
    const s = state.get(e.aggregateId)!;
    if (e.eventType === 'AccountRenamed') {
      s.name = e.data.name;
      s.owner = e.data.owner ?? s.owner;
    }
    if (e.eventType === 'AccountOwnerChanged') s.owner = e.data.owner;
    s.balance += balanceDelta(e);
    const d = e.data as Record<string, string | undefined>;
    const entry: TimelineEntry = {
      position: e.position,
      eventId: e.eventId,
      eventType: e.eventType,
      accountId: e.aggregateId,
      name: s.name,
      owner: s.owner,
      amount: eventAmount(e),
      delta: balanceDelta(e),
      balanceAfter: { minor: s.balance, currency: s.currency },
      description: d.description ?? d.reason ?? null,
      timestamp: e.timestamp,
      valueDate: d.valueDate ?? d.openingDate ?? e.timestamp.slice(0, 10),
      transferId: d.transferId ?? null,
      counterpartyAccountId: d.toAccountId ?? d.fromAccountId ?? null,
      correctsEventId: d.correctedEventId ?? null,
      correctedByEventId: null,
      category: null,
      payee: null,
    };
    if (e.eventType === 'MovementCorrected')
      byEventId.get(e.data.correctedEventId)!.correctedByEventId = e.eventId;
    byEventId.set(e.eventId, entry);
    out.push(entry);
  }
  return out;
}

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

beforeAll(async () => {
  t = tempLedger();
  ledger = t.ledger;
  // ~2 years of history (one event every 6 hours), so time filters cut across months and years.
  accountIds = generateEvents(ledger, 3000, { accounts: 40, seed: 5, stepMs: 6 * 3600_000 }).accountIds;
  const [a, b] = accountIds as [string, string];
  const tr = await ok(
    ledger.invoke('transfer', {
      commandId: 'tl-transfer-1',
      fromAccountId: a,
      toAccountId: b,
      amount: '0.01',
    }),
  );
  await ok(
    ledger.invoke('deposit', {
      commandId: 'tl-deposit-1',
      accountId: a,
      amount: '10.00',
      valueDate: '2024-02-29',
    }),
  );
  const deposit = ledger.store.findByCommandId('tl-deposit-1')[0]!.eventId;
  await ok(
    ledger.invoke('correctMovement', {
      commandId: 'tl-correct-1',
      eventId: deposit,
      reason: 'entered twice',
    }),
  );
  const correction = ledger.store.findByCommandId('tl-correct-1')[0]!.eventId;
  await ok(ledger.invoke('renameAccount', { commandId: 'tl-rename-1', accountId: b, name: 'Renamed B' }));
  ids = { transferId: tr.transferId, from: a, to: b, deposit, correction };
  all = expectedTimeline(ledger);
});
afterAll(() => t.dispose());

type Query = TimelineFilter & { limit: number };

/** Walks every page; checks the page invariants on the way. */
async function walk(q: Query): Promise<TimelineEntry[]> {
  const out: TimelineEntry[] = [];
  let before: number | undefined;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = await ok(ledger.invoke('timeline', { ...q, ...(before !== undefined ? { before } : {}) }));
    expect(page.items.length).toBeLessThanOrEqual(q.limit);
    if (page.nextBefore !== null) {
      expect(page.items.length).toBe(q.limit);
      expect(page.nextBefore).toBe(page.items.at(-1)!.position);
    }
    out.push(...page.items);
    if (page.nextBefore === null) return out;
    before = page.nextBefore;
  }
  throw new Error('paging did not end');
}

const matches = (f: TimelineFilter) => (e: TimelineEntry) =>
  (!f.accountId || e.accountId === f.accountId) &&
  (!f.eventTypes || f.eventTypes.length === 0 || f.eventTypes.includes(e.eventType)) &&
  (!f.from || Date.parse(e.timestamp) >= Date.parse(f.from)) &&
  (!f.to || Date.parse(e.timestamp) <= Date.parse(f.to));

const newestFirst = (xs: TimelineEntry[]) => [...xs].reverse();

describe('timeline rows', () => {
  it('every row equals the independent fold of the log (running balance, owner as of, links)', async () => {
    expect(all.length).toBe(ledger.store.headPosition());
    expect(await walk({ limit: 1000 })).toEqual(newestFirst(all));
  });

  it("a transfer's two sides share the transfer id and point at each other", async () => {
    const rows = (await walk({ limit: 50, eventTypes: ['TransferSent', 'TransferReceived'] })).filter(
      (e) => e.transferId === ids.transferId,
    );
    expect(rows.map((r) => r.eventType)).toEqual(['TransferReceived', 'TransferSent']);
    const [received, sent] = rows as [TimelineEntry, TimelineEntry];
    expect(sent).toMatchObject({ accountId: ids.from, counterpartyAccountId: ids.to, delta: -1 });
    expect(received).toMatchObject({ accountId: ids.to, counterpartyAccountId: ids.from, delta: 1 });
    expect(received.position).toBe(sent.position + 1);
    // Every generated transfer too: exactly two rows per transfer id, crossing accounts.
    const transfers = all.filter((e) => e.transferId !== null);
    const byId = new Map<string, TimelineEntry[]>();
    for (const e of transfers) byId.set(e.transferId!, [...(byId.get(e.transferId!) ?? []), e]);
    expect(byId.size).toBeGreaterThan(100);
    for (const [, sides] of byId) {
      expect(sides.map((s) => s.eventType).sort()).toEqual(['TransferReceived', 'TransferSent']);
      expect(sides[0]!.counterpartyAccountId).toBe(sides[1]!.accountId);
      expect(sides[1]!.counterpartyAccountId).toBe(sides[0]!.accountId);
      expect(sides[0]!.delta + sides[1]!.delta).toBe(0);
    }
  });

  it('a correction row names the corrected event, and the original names its correction', async () => {
    const rows = await walk({
      limit: 10,
      accountId: ids.from,
      eventTypes: ['MoneyDeposited', 'MovementCorrected'],
    });
    const correction = rows.find((r) => r.eventId === ids.correction)!;
    const original = rows.find((r) => r.eventId === ids.deposit)!;
    expect(correction).toMatchObject({
      eventType: 'MovementCorrected',
      correctsEventId: ids.deposit,
      correctedByEventId: null,
      delta: -1000,
      description: 'entered twice',
    });
    expect(original).toMatchObject({
      correctedByEventId: ids.correction,
      correctsEventId: null,
      valueDate: '2024-02-29',
    });
    // Nothing else moved in between: the correction takes the balance back to before the deposit.
    expect(correction.balanceAfter.minor).toBe(original.balanceAfter.minor - 1000);
  });

  it('a rename shows the new name from then on, the old name before', async () => {
    const rows = newestFirst(await walk({ limit: 1000, accountId: ids.to }));
    const i = rows.findIndex((r) => r.eventType === 'AccountRenamed');
    expect(rows.slice(i).every((r) => r.name === 'Renamed B')).toBe(true);
    expect(rows.slice(0, i).every((r) => r.name !== 'Renamed B')).toBe(true);
  });
});

describe('keyset paging', () => {
  it('deep pages (before) return exactly the rows below the key', async () => {
    const full = newestFirst(all);
    for (const before of [1, 2, 17, 1000, 2500, all.length, all.length + 1, 1e9]) {
      const page = await ok(ledger.invoke('timeline', { before, limit: 25 }));
      const want = full.filter((e) => e.position < before);
      expect(page.items).toEqual(want.slice(0, 25));
      expect(page.nextBefore).toBe(want.length > 25 ? want[24]!.position : null);
    }
    const empty = await ok(ledger.invoke('timeline', { before: 0, limit: 5 }));
    expect(empty).toEqual({ items: [], nextBefore: null, next: null });
  });

  it('an exactly full last page ends with nextBefore null (no empty extra page)', async () => {
    const n = all.filter((e) => e.accountId === ids.to).length;
    const page = await ok(ledger.invoke('timeline', { accountId: ids.to, limit: n }));
    expect(page.items.length).toBe(n);
    expect(page.nextBefore).toBeNull();
    const short = await ok(ledger.invoke('timeline', { accountId: ids.to, limit: n - 1 }));
    expect(short.nextBefore).toBe(short.items.at(-1)!.position);
  });

  it('property: any filter combination and page size, walked page by page, equals filtering the full list', async () => {
    const stamps = all.map((e) => e.timestamp);
    const time = fc.oneof(
      fc.constantFrom(...stamps),
      fc
        .tuple(fc.constantFrom(...stamps), fc.integer({ min: -3, max: 3 }))
        .map(([s, d]) => new Date(Date.parse(s) + d).toISOString()),
    );
    const filterArb = fc.record(
      {
        accountId: fc.constantFrom(...accountIds.slice(0, 10)),
        eventTypes: fc.subarray([...EventTypes] as EventType[], { minLength: 0 }),
        from: time,
        to: time,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(filterArb, fc.integer({ min: 1, max: 400 }), async (filter, limit) => {
        const want = newestFirst(all.filter(matches(filter)));
        const got = await walk({ ...filter, limit });
        expect(got).toEqual(want);
        // No overlap, no gap: strictly descending positions, as many as expected.
        expect(got.every((e, i) => i === 0 || e.position < got[i - 1]!.position)).toBe(true);
        const count = await ok(ledger.invoke('timelineCount', filter));
        expect(count.count).toBe(want.length);
      }),
      { numRuns: 100 },
    );
  });

  it('an offset skips that many matching rows, filtered or not, alone or after a key', async () => {
    const filters: TimelineFilter[] = [
      {},
      { accountId: ids.from },
      { eventTypes: ['MoneyDeposited', 'TransferSent'] },
      { from: all[500]!.timestamp, to: all[2500]!.timestamp },
    ];
    for (const filter of filters) {
      const full = newestFirst(all.filter(matches(filter)));
      for (const offset of [
        0,
        1,
        7,
        Math.floor(full.length / 2),
        full.length - 1,
        full.length,
        full.length + 5,
      ]) {
        const page = await ok(ledger.invoke('timeline', { ...filter, offset, limit: 20 }));
        const want = full.slice(offset, offset + 20);
        expect(page.items).toEqual(want);
        expect(page.nextBefore).toBe(full.length > offset + 20 ? want.at(-1)!.position : null);
      }
      const before = full[10]?.position ?? 1;
      const below = full.filter((e) => e.position < before);
      const page = await ok(ledger.invoke('timeline', { ...filter, before, offset: 3, limit: 5 }));
      expect(page.items).toEqual(below.slice(3, 8));
    }
  });

  it('time bounds are inclusive and accept any ISO offset (compared as instants)', async () => {
    const e = all[1234]!;
    const at = { from: e.timestamp, to: e.timestamp };
    expect((await walk({ ...at, limit: 10 })).map((x) => x.position)).toEqual([e.position]);
    // The same instant written with an offset.
    const iso = `${new Date(Date.parse(e.timestamp) + 2 * 3600_000).toISOString().slice(0, 23)}+02:00`;
    const r = await ledger.invoke('timelineCount', { from: iso, to: iso });
    // An offset the contract does not accept is a validation error, never a wrong answer.
    if (r.ok) expect(r.value.count).toBe(1);
    else expect(r.error.code).toBe('validation');
  });
});
