// Read-side queries over the SQLite projections. They read projections only (the store turns a
// time into a position); none of them folds events at query time.
import type Database from 'better-sqlite3';
import type {
  AccountSummary,
  AsOfBalances,
  MonthlyTotal,
  TimelineEntry,
  TimelineFilter,
  TimelinePage,
} from '../../../src-shared/contract';
import { LedgerError } from '../../../src-shared/errors';
import type { EventType } from '../../../src-shared/events';
import type { EventStore } from '../../eventstore/types';
import type { ReadModel } from '../types';

interface AccountRow {
  account_id: string;
  owner: string;
  currency: string;
  status: 'open' | 'closed';
  balance_minor: number;
  event_count: number;
  opened_at: string;
  last_activity: string;
  version: number;
}

interface TimelineRow {
  position: number;
  event_id: string;
  event_type: EventType;
  account_id: string;
  owner: string;
  currency: string;
  amount_minor: number | null;
  delta: number;
  balance_after: number;
  description: string | null;
  timestamp: string;
  value_date: string | null;
  transfer_id: string | null;
  counterparty_id: string | null;
  corrects_event_id: string | null;
  corrected_by_event_id: string | null;
}

const toSummary = (r: AccountRow): AccountSummary => ({
  accountId: r.account_id,
  owner: r.owner,
  currency: r.currency,
  status: r.status,
  balance: { minor: r.balance_minor, currency: r.currency },
  eventCount: r.event_count,
  openedAt: r.opened_at,
  lastActivity: r.last_activity,
  version: r.version,
});

const toEntry = (r: TimelineRow): TimelineEntry => ({
  position: r.position,
  eventId: r.event_id,
  eventType: r.event_type,
  accountId: r.account_id,
  owner: r.owner,
  amount: r.amount_minor === null ? null : { minor: r.amount_minor, currency: r.currency },
  delta: r.delta,
  balanceAfter: { minor: r.balance_after, currency: r.currency },
  description: r.description,
  timestamp: r.timestamp,
  valueDate: r.value_date,
  transferId: r.transfer_id,
  counterpartyAccountId: r.counterparty_id,
  correctsEventId: r.corrects_event_id,
  correctedByEventId: r.corrected_by_event_id,
});

export class SqliteReadModel implements ReadModel {
  private readonly stmts;
  private readonly timelineStmts = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly store: EventStore,
  ) {
    // Each statement is prepared on first use: a query whose projection table is missing fails
    // alone, and the others keep answering.
    this.stmts = lazyStatements(db, {
      accounts: 'SELECT * FROM accounts ORDER BY owner COLLATE NOCASE, opened_position',
      account: 'SELECT * FROM accounts WHERE account_id = ?',
      monthly:
        'SELECT month, currency, deposits, withdrawals, closing_balance FROM monthly_totals WHERE account_id = ? ORDER BY month',
      // For each account opened by then, its last timeline row at or before the position:
      // balance, owner and status as they stood. One index seek per account. A closed account
      // can still be renamed, so a rename as the last row of an account closed today needs a
      // look for its close (rare: the CASE only runs that subquery then).
      asOf: `SELECT t.account_id, t.owner, t.currency, t.balance_after,
                CASE
                  WHEN t.event_type = 'AccountClosed' THEN 1
                  WHEN t.event_type = 'AccountRenamed' AND a.status = 'closed' THEN EXISTS (
                    SELECT 1 FROM timeline WHERE account_id = a.account_id AND position <= @p
                       AND event_type = 'AccountClosed')
                  ELSE 0
                END AS closed
           FROM accounts a
           JOIN timeline t ON t.position = (
             SELECT max(position) FROM timeline WHERE account_id = a.account_id AND position <= @p)
          WHERE a.opened_position <= @p
          ORDER BY t.owner COLLATE NOCASE, a.opened_position`,
    });
  }

  listAccounts(): AccountSummary[] {
    return (this.stmts.accounts.all() as AccountRow[]).map(toSummary);
  }

  getAccount(accountId: string): AccountSummary {
    const r = this.stmts.account.get(accountId) as AccountRow | undefined;
    if (!r)
      throw new LedgerError('not_found', `No account with id ${accountId}`, 'unknown_account', { accountId });
    return toSummary(r);
  }

  /** Newest first, keyset-paged: the cost does not depend on how deep the page is. */
  timeline(filter: TimelineFilter & { before?: number; limit: number }): TimelinePage {
    const { sql, params } = this.timelineWhere(filter);
    const key = `page:${sql}`;
    let stmt = this.timelineStmts.get(key);
    if (!stmt) {
      stmt = this.db.prepare(`SELECT * FROM timeline WHERE ${sql} ORDER BY position DESC LIMIT ?`);
      this.timelineStmts.set(key, stmt);
    }
    const rows = stmt.all(...params, filter.limit + 1) as TimelineRow[];
    const more = rows.length > filter.limit;
    const items = rows.slice(0, filter.limit).map(toEntry);
    return { items, nextBefore: more ? items[items.length - 1]!.position : null };
  }

  timelineCount(filter: TimelineFilter): number {
    // Unfiltered, the timeline has one row per event at positions 1..head: no scan needed.
    if (!filter.accountId && !filter.eventTypes?.length && !filter.from && !filter.to) {
      return this.db.prepare('SELECT coalesce(max(position), 0) FROM timeline').pluck().get() as number;
    }
    const { sql, params } = this.timelineWhere(filter);
    return this.db
      .prepare(`SELECT count(*) FROM timeline WHERE ${sql}`)
      .pluck()
      .get(...params) as number;
  }

  private timelineWhere(f: TimelineFilter & { before?: number }): { sql: string; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.before !== undefined) {
      where.push('position < ?');
      params.push(f.before);
    }
    if (f.accountId) {
      where.push('account_id = ?');
      params.push(f.accountId);
    }
    if (f.eventTypes && f.eventTypes.length > 0) {
      where.push(`event_type IN (${f.eventTypes.map(() => '?').join(',')})`);
      params.push(...f.eventTypes);
    }
    // ISO timestamps in UTC compare correctly as text.
    if (f.from) {
      where.push('timestamp >= ?');
      params.push(new Date(f.from).toISOString());
    }
    if (f.to) {
      where.push('timestamp <= ?');
      params.push(new Date(f.to).toISOString());
    }
    return { sql: where.length ? where.join(' AND ') : '1', params };
  }

  monthlyTotals(accountId: string): MonthlyTotal[] {
    this.getAccount(accountId);
    const rows = this.stmts.monthly.all(accountId) as Array<{
      month: string;
      currency: string;
      deposits: number;
      withdrawals: number;
      closing_balance: number;
    }>;
    return rows.map((r) => ({
      month: r.month,
      deposits: { minor: r.deposits, currency: r.currency },
      withdrawals: { minor: r.withdrawals, currency: r.currency },
      net: { minor: r.deposits - r.withdrawals, currency: r.currency },
      closingBalance: { minor: r.closing_balance, currency: r.currency },
    }));
  }

  /** Every account's balance as the ledger stood at a position, or at a moment in time. */
  balancesAsOf(q: { position?: number; time?: string }): AsOfBalances {
    const head = this.store.headPosition();
    const position =
      q.position !== undefined ? Math.min(q.position, head) : this.store.positionAt(Date.parse(q.time!));
    const ts = position > 0 ? (this.store.recordAt(position)?.timestamp ?? null) : null;
    const rows = this.stmts.asOf.all({ p: position }) as Array<{
      account_id: string;
      owner: string;
      currency: string;
      balance_after: number;
      closed: 0 | 1;
    }>;
    return {
      position,
      timestamp: ts === null ? null : new Date(ts).toISOString(),
      accounts: rows.map((r) => ({
        accountId: r.account_id,
        owner: r.owner,
        currency: r.currency,
        status: r.closed ? 'closed' : 'open',
        balance: { minor: r.balance_after, currency: r.currency },
      })),
    };
  }
}

/** Statements by name, each prepared the first time it is read. */
function lazyStatements<K extends string>(
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
