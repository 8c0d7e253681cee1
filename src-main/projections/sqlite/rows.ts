// Rows of the SQLite read model and their mapping to the contract's shapes.
import type Database from 'better-sqlite3';
import type { AccountSummary, TimelineEntry } from '../../../src-shared/contract';
import type { AccountKind, EventType } from '../../../src-shared/events';

export interface AccountRow {
  account_id: string;
  name: string;
  owner: string;
  type: AccountKind;
  currency: string;
  status: 'open' | 'closed';
  balance_minor: number;
  opening_date: string;
  event_count: number;
  opened_at: string;
  last_activity: string;
  version: number;
}

export interface TimelineRow {
  position: number;
  event_id: string;
  event_type: EventType;
  account_id: string;
  owner: string;
  name: string;
  currency: string;
  opening_date: string;
  amount_minor: number | null;
  delta: number;
  balance_after: number;
  description: string | null;
  timestamp: string;
  value_date: string;
  transfer_id: string | null;
  counterparty_id: string | null;
  corrects_event_id: string | null;
  corrected_by_event_id: string | null;
}

export const toSummary = (r: AccountRow): AccountSummary => ({
  accountId: r.account_id,
  name: r.name,
  owner: r.owner,
  type: r.type,
  currency: r.currency,
  status: r.status,
  balance: { minor: r.balance_minor, currency: r.currency },
  openingDate: r.opening_date,
  eventCount: r.event_count,
  openedAt: r.opened_at,
  lastActivity: r.last_activity,
  version: r.version,
});

/** An entry; `balanceAfter` is the row's own (log order) unless a running balance is given. */
export const toEntry = (
  r: TimelineRow,
  balanceAfter = r.balance_after,
  meta: { category: string | null; payee: string | null } = NO_META,
): TimelineEntry => ({
  position: r.position,
  eventId: r.event_id,
  eventType: r.event_type,
  accountId: r.account_id,
  name: r.name,
  owner: r.owner,
  amount: r.amount_minor === null ? null : { minor: r.amount_minor, currency: r.currency },
  delta: r.delta,
  balanceAfter: { minor: balanceAfter, currency: r.currency },
  description: r.description,
  timestamp: r.timestamp,
  valueDate: r.value_date,
  transferId: r.transfer_id,
  counterpartyAccountId: r.counterparty_id,
  correctsEventId: r.corrects_event_id,
  correctedByEventId: r.corrected_by_event_id,
  category: meta.category,
  payee: meta.payee,
});
const NO_META = { category: null, payee: null };

/** Statements by name, each prepared the first time it is read. */
export function lazyStatements<K extends string>(
  db: Database.Database,
  sql: Record<K, string>,
): Readonly<Record<K, Database.Statement>> {
  const out = {} as Record<K, Database.Statement>;
  for (const key of Object.keys(sql) as K[]) {
    let stmt: Database.Statement | undefined;
    Object.defineProperty(out, key, { get: () => (stmt ??= db.prepare(sql[key])) });
  }
  return out;
}
