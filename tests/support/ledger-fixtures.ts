// Shared helpers for tests that need a real ledger file, including large ones.
//
//   tempLedger(opts?)            a Ledger on a fresh file in its own mkdtemp dir; `dispose()` closes and deletes it
//   generateEvents(target, n, o) appends n realistic events (accounts first, then deposits, withdrawals,
//                                transfers that keep every balance >= 0) straight through store.appendMany
//                                in large transactions, projecting them inline: 200k events in seconds.
//                                Deterministic per seed; ids are valid UUIDs; timestamps ascend from
//                                o.startTime by o.stepMs. `target` is a Ledger (or { store, projector }).
//   projectionRows(db)           every projection table's rows, ordered by primary key (compare before/after)
//   foldLog(store, upTo?, keep?) accountId -> { owner, currency, balance, status, openedPosition } by folding
//                                the log; foldBalances(store, upTo?) the same as accountId -> balance
//   shadowTables(db)             names of rebuild shadow tables present in the file
//   historyArb / runHistory      random command histories (fast-check) run through ledger.invoke, refusals
//                                included; runHistory never throws on a refusal, it counts it
//   rng(seed) / uuidFrom(rand)   the seeded PRNG and UUID maker the generator uses
//
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { balanceDelta, type StoredEvent } from '../../src-shared/events';
import type { AppendBatch, EventStore, NewEvent } from '../../src-main/eventstore/types';
import { Ledger, type LedgerOptions, type SqliteLedger } from '../../src-main/ledger';
import type { ProjectionEngine } from '../../src-main/projections/types';
import { allProjections } from '../../src-main/projections/sqlite/registry';
import { rng } from './rng';

export { rng };

export interface TempLedger {
  dir: string;
  path: string;
  ledger: SqliteLedger;
  /** Closes the ledger (if still open) and deletes the directory. */
  dispose(): Promise<void>;
}

/**
 * For a test file: `const fresh = tempLedgersPerTest()`, then `fresh()` in a test makes a temp
 * ledger that is disposed after that test (a test may dispose it earlier; disposing is idempotent).
 */
export function tempLedgersPerTest(): (options?: LedgerOptions) => TempLedger {
  const open: TempLedger[] = [];
  afterEach(async () => {
    for (const t of open.splice(0)) await t.dispose();
  });
  return (options) => {
    const t = tempLedger(options);
    open.push(t);
    return t;
  };
}

/** A ledger on a new file in a new temp dir. synchronous=NORMAL by default (tests, not durability). */
export function tempLedger(options: LedgerOptions = {}): TempLedger {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-test-'));
  const path = join(dir, 'test.ledger');
  const ledger = Ledger.open(path, { synchronous: 'NORMAL', ...options });
  let disposed = false;
  return {
    dir,
    path,
    ledger,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A version-4 UUID from the PRNG. */
export function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface GenerateOptions {
  /** Accounts to open first (default min(1000, n/10), at least 2). */
  accounts?: number;
  seed?: number;
  currency?: string;
  /** Timestamp of the first generated event, ms (default 2024-01-01T00:00:00Z). */
  startTime?: number;
  /** ms between consecutive events (default 60 s). */
  stepMs?: number;
  /** Events per transaction (default 20,000). */
  chunk?: number;
  /** Deposits and withdrawals are backdated by up to this many days, a third of the time (default 0). */
  backdateDays?: number;
}

export interface Generated {
  accountIds: string[];
  /** Position of the last generated event. */
  lastPosition: number;
  /** Timestamp (ms) the next event would get: continue from here for ascending time. */
  nextTime: number;
}

/** Anything with an event store and a projector: a Ledger, or the parts of one. */
export type GenerateTarget =
  Pick<Ledger, 'store' | 'storage'> | { store: EventStore; projector: ProjectionEngine };

const projectionsOf = (t: GenerateTarget): ProjectionEngine =>
  'storage' in t ? t.storage.projections : t.projector;

const OWNERS = [
  'Ada',
  'Grace',
  'Linus',
  'Margaret',
  'Dennis',
  'Barbara',
  'Ken',
  'Radia',
  'Edsger',
  'Frances',
];
const WORDS = ['rent', 'salary', 'groceries', 'refund', 'invoice', 'coffee', 'fuel', 'books', undefined];

/**
 * Appends `n` events (opening accounts first) and projects them inline, in transactions of
 * `chunk` events. Balances never go negative. Continues an existing ledger's log.
 */
export function generateEvents(target: GenerateTarget, n: number, o: GenerateOptions = {}): Generated {
  const rand = rng(o.seed ?? 42);
  const currency = o.currency ?? 'EUR';
  const nAccounts = Math.max(2, Math.min(n, o.accounts ?? Math.min(1000, Math.floor(n / 10))));
  const step = o.stepMs ?? 60_000;
  const chunk = o.chunk ?? 20_000;
  let time = o.startTime ?? Date.UTC(2024, 0, 1);
  const ids: string[] = [];
  const balance: number[] = [];
  const pick = () => Math.floor(rand() * ids.length);
  const amount = (max: number) => 1 + Math.floor(rand() * max);
  const money = (minor: number) => ({ minor, currency });
  const describe = (d: Record<string, unknown>) => {
    const w = WORDS[Math.floor(rand() * WORDS.length)];
    if (w) d.description = w;
    return d;
  };
  // Each event is dated the (UTC) day it is recorded (value dates ascend with positions), unless
  // backdating is asked for.
  const one = (
    streamId: string,
    type: NewEvent['type'],
    data: (valueDate: string) => object,
    backdate = false,
  ): AppendBatch => {
    const timestamp = (time += step);
    const days = backdate && o.backdateDays && rand() < 1 / 3 ? Math.floor(rand() * o.backdateDays) : 0;
    const valueDate = new Date(timestamp - days * 86_400_000).toISOString().slice(0, 10);
    return {
      streamId,
      streamType: 'Account',
      expectedVersion: 'any',
      events: [{ type, data: data(valueDate), timestamp }],
    };
  };
  const nextEvents = (room: number): AppendBatch[] => {
    if (ids.length < nAccounts) {
      const id = uuidFrom(rand);
      const opening = rand() < 0.5 ? 0 : amount(100_000);
      ids.push(id);
      balance.push(opening);
      const owner = `${OWNERS[ids.length % OWNERS.length]} ${ids.length}`;
      return [
        one(id, 'AccountCreated', (openingDate) => ({
          owner,
          name: owner,
          type: 'checking',
          currency,
          openingBalance: money(opening),
          openingDate,
        })),
      ];
    }
    const r = rand();
    const i = pick();
    if (r < 0.45 || balance[i]! === 0) {
      const a = amount(50_000);
      balance[i]! += a;
      return [one(ids[i]!, 'MoneyDeposited', (valueDate) => describe({ amount: money(a), valueDate }), true)];
    }
    if (r < 0.75 || room < 2) {
      const a = amount(balance[i]!);
      balance[i]! -= a;
      return [one(ids[i]!, 'MoneyWithdrawn', (valueDate) => describe({ amount: money(a), valueDate }), true)];
    }
    let j = pick();
    if (j === i) j = (i + 1) % ids.length;
    const a = amount(balance[i]!);
    balance[i]! -= a;
    balance[j]! += a;
    const transferId = uuidFrom(rand);
    const description = describe({});
    let sentOn = '';
    return [
      one(ids[i]!, 'TransferSent', (valueDate) => ({
        amount: money(a),
        transferId,
        toAccountId: ids[j]!,
        valueDate: (sentOn = valueDate),
        ...description,
      })),
      // Both sides of a transfer share its value date, as the domain writes them.
      one(ids[j]!, 'TransferReceived', () => ({
        amount: money(a),
        transferId,
        fromAccountId: ids[i]!,
        valueDate: sentOn,
        ...description,
      })),
    ];
  };

  let written = 0;
  let lastPosition = target.store.headPosition();
  while (written < n) {
    const size = Math.min(chunk, n - written);
    target.store.transaction(() => {
      const batches: AppendBatch[] = [];
      let count = 0;
      while (count < size) {
        const next = nextEvents(size - count);
        batches.push(...next);
        count += next.length;
      }
      const r = target.store.appendMany(batches);
      projectionsOf(target).apply(r.events);
      lastPosition = r.lastPosition;
      written += count;
    });
  }
  return { accountIds: ids, lastPosition, nextTime: time + step };
}

/** Physical tables of every projection. */
export const projectionTables: readonly string[] = allProjections.flatMap((p) => p.tables);

/** Every projection table's rows, ordered by primary key: equal values mean equal read models. */
export function projectionRows(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of projectionTables) {
    const pk = (db.pragma(`table_info(${t})`) as Array<{ name: string; pk: number }>)
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    // A virtual table (the FTS5 index of `movements`) has no primary key: its rowid orders it.
    const order = pk.length > 0 ? pk.join(', ') : 'rowid';
    out[t] = db.prepare(`SELECT ${pk.length > 0 ? '*' : 'rowid, *'} FROM ${t} ORDER BY ${order}`).all();
  }
  return out;
}

export interface FoldedAccount {
  accountId: string;
  name: string;
  owner: string;
  openingDate: string;
  currency: string;
  balance: number;
  status: 'open' | 'closed';
  openedPosition: number;
}

/** Folds the log (optionally only events with position <= upTo, or for which `include` holds). */
export function foldLog(
  store: EventStore,
  upTo = Number.MAX_SAFE_INTEGER,
  include: (e: StoredEvent) => boolean = () => true,
): Map<string, FoldedAccount> {
  const out = new Map<string, FoldedAccount>();
  for (const e of store.readAll(0, { pageSize: 5000 })) {
    if (e.position > upTo) break;
    if (!include(e)) continue;
    if (e.eventType === 'AccountCreated') {
      out.set(e.aggregateId, {
        accountId: e.aggregateId,
        name: e.data.name,
        owner: e.data.owner,
        openingDate: e.data.openingDate,
        currency: e.data.currency,
        balance: e.data.openingBalance.minor,
        status: 'open',
        openedPosition: e.position,
      });
      continue;
    }
    const a = out.get(e.aggregateId)!;
    a.balance += balanceDelta(e);
    if (e.eventType === 'AccountRenamed') {
      a.name = e.data.name;
      a.owner = e.data.owner ?? a.owner;
    }
    if (e.eventType === 'AccountOpeningDateSet') a.openingDate = e.data.openingDate;
    if (e.eventType === 'AccountOwnerChanged') a.owner = e.data.owner;
    if (e.eventType === 'AccountClosed') a.status = 'closed';
  }
  return out;
}

/** accountId → balance in minor units, by folding the log. */
export function foldBalances(store: EventStore, upTo?: number): Map<string, number> {
  return new Map([...foldLog(store, upTo).values()].map((a) => [a.accountId, a.balance]));
}

/** Leftover rebuild shadow tables in the file. */
export function shadowTables(db: Database.Database): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE '%\\_\\_shadow%' ESCAPE '\\'`)
    .pluck()
    .all() as string[];
}

// ---------------------------------------------------------------------------------------------
// Random command histories (fast-check), run through ledger.invoke like any adapter would.

/** One step of a random history; indices pick among what exists when the step runs. */
export type Op =
  | { kind: 'open'; owner: number; opening: number | null }
  | {
      kind: 'deposit' | 'withdraw';
      account: number;
      minor: number;
      description: string | null;
      day?: number | null;
    }
  | { kind: 'transfer'; from: number; to: number; minor: number; day?: number | null }
  | { kind: 'rename' | 'owner'; account: number; owner: number }
  | { kind: 'opening'; account: number; day: number }
  | { kind: 'correct'; event: number }
  | { kind: 'drain'; account: number }
  | { kind: 'close'; account: number }
  | { kind: 'retry'; command: number };

const idx = fc.nat({ max: 1000 });
const minor = fc.oneof(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 500_000 }));
/** Days after HISTORY_START for a value date (backdating and out-of-order entry); null = today. */
const day = fc.option(fc.nat({ max: 2_000 }), { nil: null });
const HISTORY_START = Date.UTC(2020, 0, 1);
/** Accounts in random histories open on this date, so dated entries are accepted. */
export const HISTORY_OPENING_DATE = '2020-01-01';
export const historyDate = (d: number): string =>
  new Date(HISTORY_START + d * 86_400_000).toISOString().slice(0, 10);
const dated = (d: number | null | undefined) => (d == null ? {} : { valueDate: historyDate(d) });

const openArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constant('open' as const),
  owner: idx,
  opening: fc.option(minor, { nil: null }),
});

/** Arbitrary op; includes ones the rules refuse (overdrafts, closed accounts, bad corrections). */
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: openArb },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('deposit' as const, 'withdraw' as const),
      account: idx,
      minor,
      description: fc.option(fc.constantFrom('rent', 'salary', '  padded  ', 'ünïcödé €'), { nil: null }),
      day,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('transfer' as const), from: idx, to: idx, minor, day }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('rename' as const, 'owner' as const),
      account: idx,
      owner: idx,
    }),
  },
  {
    weight: 1,
    // Mostly earlier than the accounts' opening (accepted), sometimes later (refused once dated entries exist).
    arbitrary: fc.record({
      kind: fc.constant('opening' as const),
      account: idx,
      day: fc.integer({ min: -400, max: 60 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('correct' as const), event: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drain' as const), account: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), account: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retry' as const), command: idx }) },
);

/** A history: one to three accounts opened first, then up to `maxLength` arbitrary ops. */
export const historyArb = (maxLength = 40): fc.Arbitrary<Op[]> =>
  fc
    .tuple(fc.array(openArb, { minLength: 1, maxLength: 3 }), fc.array(opArb, { maxLength, size: 'medium' }))
    .map(([opens, ops]) => [...opens, ...ops]);

const decimal = (m: number) => `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;

export interface HistoryResult {
  accountIds: string[];
  accepted: number;
  refused: number;
  /** Error codes of refused commands (never 'internal' in a healthy ledger). */
  errorCodes: string[];
}

/** Runs the ops through `ledger.invoke`; refusals are expected and counted, not thrown. */
export async function runHistory(
  ledger: SqliteLedger,
  ops: readonly Op[],
  seed = 'history',
): Promise<HistoryResult> {
  const accounts: string[] = [];
  const eventIds: string[] = [];
  const sent: Array<[string, Record<string, unknown>]> = [];
  const res: HistoryResult = { accountIds: accounts, accepted: 0, refused: 0, errorCodes: [] };
  const at = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
  // An unknown (but well-formed) id when nothing exists yet: refused with not_found.
  const account = (i: number) => at(accounts, i) ?? '00000000-0000-4000-8000-000000000000';
  let n = 0;
  const send = async (name: string, input: Record<string, unknown>, remember = true) => {
    if (remember) sent.push([name, input]);
    const before = ledger.store.headPosition();
    const r = (await ledger.invoke(name as never, input)) as
      | { ok: true; value: { position: number; duplicate: boolean; accountId?: string } }
      | { ok: false; error: { code: string } };
    if (!r.ok) {
      res.refused++;
      res.errorCodes.push(r.error.code);
      return null;
    }
    res.accepted++;
    if (!r.value.duplicate) for (const e of ledger.store.readAll(before)) eventIds.push(e.eventId);
    return r.value;
  };
  for (const op of ops) {
    const commandId = `${seed}-cmd-${n++}`;
    switch (op.kind) {
      case 'open': {
        const v = await send('openAccount', {
          commandId,
          owner: `${OWNERS[op.owner % OWNERS.length]} ${op.owner}`,
          currency: 'EUR',
          openingDate: HISTORY_OPENING_DATE,
          ...(op.opening !== null ? { openingBalance: decimal(op.opening) } : {}),
        });
        if (v?.accountId && !accounts.includes(v.accountId)) accounts.push(v.accountId);
        break;
      }
      case 'deposit':
      case 'withdraw':
        await send(op.kind, {
          commandId,
          accountId: account(op.account),
          amount: decimal(op.minor),
          ...(op.description !== null ? { description: op.description } : {}),
          ...dated(op.day),
        });
        break;
      case 'transfer':
        await send('transfer', {
          commandId,
          fromAccountId: account(op.from),
          toAccountId: account(op.to),
          amount: decimal(op.minor),
          description: 'moving money',
          ...dated(op.day),
        });
        break;
      case 'rename':
        await send('renameAccount', {
          commandId,
          accountId: account(op.account),
          name: `Account renamed ${op.owner % 3}`,
        });
        break;
      case 'owner':
        await send('changeOwner', {
          commandId,
          accountId: account(op.account),
          owner: `${OWNERS[op.owner % OWNERS.length]} renamed ${op.owner % 3}`,
        });
        break;
      case 'opening':
        await send('setOpeningDate', {
          commandId,
          accountId: account(op.account),
          openingDate: historyDate(op.day),
        });
        break;
      case 'correct':
        await send('correctMovement', {
          commandId,
          eventId: at(eventIds, op.event) ?? '00000000-0000-4000-8000-000000000001',
          reason: 'typo',
        });
        break;
      case 'drain': {
        const id = account(op.account);
        const a = await ledger.invoke('getAccount', { accountId: id });
        if (a.ok && a.value.balance.minor > 0)
          await send('withdraw', { commandId, accountId: id, amount: decimal(a.value.balance.minor) });
        break;
      }
      case 'close':
        await send('closeAccount', { commandId, accountId: account(op.account) });
        break;
      case 'retry': {
        const prior = at(sent, op.command);
        if (prior) await send(prior[0], prior[1], false);
        break;
      }
    }
  }
  return res;
}
