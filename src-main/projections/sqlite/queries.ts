// Read-side queries over the SQLite projections. They read projections only (the store turns a
// time into a position); none of them folds events at query time.
import { StatementQueries } from './statement-queries';
import type Database from 'better-sqlite3';
import type {
  AccountSummary,
  AsOfBalances,
  MonthlyTotal,
  TimelineFilter,
  TimelinePage,
} from '../../../src-shared/contract';
import { LedgerError } from '../../../src-shared/errors';
import type { EventStore } from '../../eventstore/types';
import type { ReadModel } from '../types';
import { lazyStatements, toSummary, type AccountRow } from './rows';
import { TimelineQueries, type PageQuery } from './timeline-queries';
import { CategoryQueries } from './category-queries';
import { ValueBalances } from './value-balances';

interface AsOfRow {
  account_id: string;
  name: string;
  owner: string;
  currency: string;
  opening_date: string;
  balance_after: number;
  opening_balance: number;
  closed: 0 | 1;
}

export class SqliteReadModel implements ReadModel {
  private readonly stmts;
  private readonly values: ValueBalances;
  private readonly pages: TimelineQueries;
  readonly meaning: CategoryQueries;
  readonly statements: StatementQueries;

  constructor(
    db: Database.Database,
    private readonly store: EventStore,
  ) {
    this.values = new ValueBalances(db);
    this.meaning = new CategoryQueries(db);
    this.pages = new TimelineQueries(db, this.values, () => this.meaning.tree());
    this.statements = new StatementQueries(db);
    // Each statement is prepared on first use: a query whose projection table is missing fails
    // alone, and the others keep answering.
    this.stmts = lazyStatements(db, {
      accounts: 'SELECT * FROM accounts ORDER BY name COLLATE NOCASE, opened_position',
      account: 'SELECT * FROM accounts WHERE account_id = ?',
      // For each account opened by then, its last timeline row at or before the position:
      // balance, names, opening date and status as they stood. One index seek per account. A
      // closed account can still be renamed, so a rename as the last row of an account closed
      // today needs a look for its close (rare: the CASE only runs that subquery then).
      lateRecorded: `SELECT max(position) FROM timeline_late WHERE position > ? AND timestamp <= ?`,
      asOf: `SELECT t.account_id, t.name, t.owner, t.currency, t.opening_date, t.balance_after,
                (SELECT delta FROM timeline WHERE position = a.opened_position) AS opening_balance,
                CASE
                  WHEN t.event_type = 'AccountClosed' THEN 1
                  WHEN t.event_type IN ('AccountRenamed', 'AccountOwnerChanged') AND a.status = 'closed' THEN EXISTS (
                    SELECT 1 FROM timeline WHERE account_id = a.account_id AND position <= @p
                       AND event_type = 'AccountClosed')
                  ELSE 0
                END AS closed
           FROM accounts a
           JOIN timeline t ON t.position = (
             SELECT max(position) FROM timeline WHERE account_id = a.account_id AND position <= @p)
          WHERE a.opened_position <= @p
          ORDER BY t.name COLLATE NOCASE, a.opened_position`,
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
  timeline(q: PageQuery): TimelinePage {
    return this.pages.page(q);
  }

  timelineCount(filter: TimelineFilter): number {
    return this.pages.count(filter);
  }

  monthlyTotals(accountId: string): MonthlyTotal[] {
    const { currency } = this.getAccount(accountId);
    const money = (minor: number) => ({ minor, currency });
    return this.values.monthly(accountId).map((r) => ({
      month: r.month,
      deposits: money(r.deposits),
      withdrawals: money(r.withdrawals),
      net: money(r.deposits - r.withdrawals),
      closingBalance: money(r.closing),
    }));
  }

  /**
   * The last position recorded at or before a moment: the latest time by then (one seek in the
   * events' timestamp index), or a later entry recorded with an earlier time (timeline_late).
   */
  private positionKnownAt(ms: number): number {
    const seek = this.store.positionAt(ms);
    const late = this.stmts.lateRecorded.pluck().get(seek, ms) as number | null;
    return Math.max(seek, late ?? 0);
  }

  /**
   * Every account's balance as the ledger stood at a position or a moment of the log (the
   * timeline's running balances), or on a value date as recorded now or as known at a moment
   * (the value buckets). Accounts not yet opened then are left out.
   */
  balancesAsOf(q: { position?: number; time?: string; date?: string; knownAt?: string }): AsOfBalances {
    const head = this.store.headPosition();
    const at = (t: string | undefined) => (t === undefined ? head : this.positionKnownAt(Date.parse(t)));
    const position = q.position !== undefined ? Math.min(q.position, head) : at(q.time ?? q.knownAt);
    const ts = position > 0 ? (this.store.recordAt(position)?.timestamp ?? null) : null;
    let rows = this.stmts.asOf.all({ p: position }) as AsOfRow[];
    let balance = (r: AsOfRow) => r.balance_after;
    if (q.date !== undefined) {
      const date = q.date;
      const onDate = this.values.onDate(date, position, position === head);
      rows = rows.filter((r) => r.opening_date <= date);
      balance = (r) => r.opening_balance + (onDate.get(r.account_id) ?? 0);
    }
    return {
      position,
      timestamp: ts === null ? null : new Date(ts).toISOString(),
      date: q.date ?? null,
      knownAt: q.knownAt === undefined ? null : new Date(q.knownAt).toISOString(),
      accounts: rows.map((r) => ({
        accountId: r.account_id,
        name: r.name,
        owner: r.owner,
        currency: r.currency,
        status: r.closed ? 'closed' : 'open',
        balance: { minor: balance(r), currency: r.currency },
      })),
    };
  }
}
