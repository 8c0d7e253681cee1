// Shared helpers for the benchmark: temp folders, timing, deterministic data of the seed's
// event types (AccountCreated, MoneyDeposited, MoneyWithdrawn) and fast ledger builders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredEvent } from '../src-shared/events';
import type { AppendBatch, EventStore, NewEvent } from '../src-main/eventstore/types';
import type { ProjectionEngine } from '../src-main/projections/types';
import { rng } from '../tests/support/rng';

export { rng };

export const ACCOUNTS = 1000;
export const CURRENCY = 'EUR';
export const OPENING_MINOR = 250_000; // 2,500.00
/** Event timestamps of generated logs span twenty years (a user with twenty years of records). */
export const LOG_START = Date.UTC(2006, 0, 1);
export const LOG_SPAN_MS = 20 * 365 * 24 * 3600 * 1000;

export type Sync = 'FULL' | 'NORMAL';

export function tempDir(prefix = 'ledger-bench-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const now = () => performance.now();

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median ms of `fn` over `reps` calls after `warmup` untimed ones. */
export function timeCalls(fn: () => unknown, reps: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = now();
    fn();
    xs.push(now() - t);
  }
  return median(xs);
}

/** A valid RFC 4122 v4-shaped id for account `i` (stable across runs). */
export const accountId = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

const OWNERS = ['Anna Schmidt', 'Jean Dupont', 'María García', 'Li Wei', 'Olivia Brown', 'Kenji Sato'];
const DESCRIPTIONS = [
  'Salary payment',
  'Grocery shopping at the market',
  'Rent for the flat',
  'Electricity bill',
  'Invoice paid by customer',
  'Refund for returned order',
  'Coffee with the team',
  'Train ticket to the conference',
  'Insurance premium',
  'Transfer from savings',
];

export const ownerOf = (i: number) => `${OWNERS[i % OWNERS.length]} ${i}`;

/** One movement of the generated workload, as both a command input and an event. */
export interface Movement {
  account: number;
  type: 'MoneyDeposited' | 'MoneyWithdrawn';
  minor: number;
  amount: string; // decimal text, as a user types it
  description: string;
  valueDate: string;
}

/**
 * `n` movements spread round-robin over `accounts` accounts (so each gets n/accounts), that the
 * rules accept: a withdrawal never exceeds the balance the account has at that point.
 */
export function movements(n: number, accounts = ACCOUNTS, seed = 42): Movement[] {
  const r = rng(seed);
  const balances = new Array<number>(accounts).fill(OPENING_MINOR);
  const out: Movement[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const account = i % accounts;
    const minor = 100 + Math.floor(r() * 50_000);
    const withdraw = r() < 0.45 && balances[account]! >= minor;
    balances[account]! += withdraw ? -minor : minor;
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    out[i] = {
      account,
      type: withdraw ? 'MoneyWithdrawn' : 'MoneyDeposited',
      minor,
      amount: (minor / 100).toFixed(2),
      description: `${DESCRIPTIONS[Math.floor(r() * DESCRIPTIONS.length)]} #${i}`,
      valueDate: `20${String(10 + Math.floor(r() * 16))}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  }
  return out;
}

export const metadataFor = (commandId: string, commandName: string) => ({
  commandId,
  commandName,
  correlationId: commandId,
  appVersion: 'bench',
});

export function createdEvent(i: number, timestamp?: number): NewEvent {
  return {
    type: 'AccountCreated',
    data: {
      owner: ownerOf(i),
      name: ownerOf(i),
      type: 'other',
      currency: CURRENCY,
      openingBalance: { minor: OPENING_MINOR, currency: CURRENCY },
      // Before every generated value date (2010–2025), so backdating is always allowed.
      openingDate: '2006-01-01',
    },
    metadata: metadataFor(`bench-open-${i}`, 'openAccount'),
    ...(timestamp !== undefined ? { timestamp } : {}),
  };
}

export function movementEvent(m: Movement, seq: number, timestamp?: number): NewEvent {
  return {
    type: m.type,
    data: {
      amount: { minor: m.minor, currency: CURRENCY },
      description: m.description,
      valueDate: m.valueDate,
    },
    metadata: metadataFor(`bench-cmd-${seq}`, m.type === 'MoneyDeposited' ? 'deposit' : 'withdraw'),
    ...(timestamp !== undefined ? { timestamp } : {}),
  };
}

/** Opens `count` accounts (ids 0..count-1) in one transaction, projected like the app does. */
export function openAccounts(
  store: EventStore,
  projector: ProjectionEngine,
  count = ACCOUNTS,
  first = 0,
): void {
  const batches: AppendBatch[] = [];
  for (let i = first; i < first + count; i++) {
    batches.push({
      streamId: accountId(i),
      streamType: 'Account',
      expectedVersion: 'no_stream',
      events: [createdEvent(i, LOG_START)],
    });
  }
  store.transaction(() => projector.apply(store.appendMany(batches).events));
}

/**
 * Appends `n` generated movements in transactions of `perTx` events through the store's
 * appendMany (the import path), projecting each transaction inline: a fast way to build a big,
 * realistic ledger. Timestamps run evenly over twenty years.
 */
export function appendMovements(
  store: EventStore,
  projector: ProjectionEngine | null,
  ms: Movement[],
  perTx: number,
  opts: { accountOffset?: number; seqOffset?: number; timestamps?: boolean } = {},
): void {
  const off = opts.accountOffset ?? 0;
  const seqOff = opts.seqOffset ?? 0;
  const step = LOG_SPAN_MS / Math.max(ms.length, 1);
  for (let start = 0; start < ms.length; start += perTx) {
    const batches: AppendBatch[] = [];
    const end = Math.min(start + perTx, ms.length);
    for (let i = start; i < end; i++) {
      const m = ms[i]!;
      const ts = opts.timestamps === false ? undefined : Math.floor(LOG_START + 1000 + i * step);
      const e = movementEvent(m, seqOff + i, ts);
      const last = batches[batches.length - 1];
      if (last && last.streamId === accountId(m.account + off)) last.events.push(e);
      else
        batches.push({
          streamId: accountId(m.account + off),
          streamType: 'Account',
          expectedVersion: 'any',
          events: [e],
        });
    }
    if (projector) store.transaction(() => projector.apply(store.appendMany(batches).events));
    else store.appendMany(batches);
  }
}

export function foldBalance(events: readonly StoredEvent[], start = 0): number {
  let b = start;
  for (const e of events) {
    if (e.eventType === 'AccountCreated') b = e.data.openingBalance.minor;
    else if (e.eventType === 'MoneyDeposited') b += e.data.amount.minor;
    else if (e.eventType === 'MoneyWithdrawn') b -= e.data.amount.minor;
  }
  return b;
}

/** Peak RSS of this process so far, in MB (the kernel's high-water mark). */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
