// Balances by value date, answered from the value buckets (per account, whole value years and the
// whole months of the date's year, each as of a block of recorded positions: one seek apiece) plus
// the entries of at most one month and one block. Nothing here folds
// the log: the cost depends on the number of months and accounts, not on the number of events.
// The opening balance is kept out of the buckets: it sits on the opening date, which can move
// (AccountOpeningDateSet), so it is added from the account's first timeline row.
import type Database from 'better-sqlite3';
import { monthOfDate } from '../../../src-shared/dates';
import { BLOCK_BITS, blockOf } from './monthly-totals';
import { lazyStatements } from './rows';

export class ValueBalances {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = lazyStatements(db, {
      // One account through (value date, position), in value-date order.
      accountMonths: `SELECT coalesce(sum(deposits - withdrawals), 0) FROM monthly_totals
        WHERE account_id = ? AND month < ?`,
      accountDays: `SELECT coalesce(sum(delta), 0) FROM timeline
        WHERE account_id = ? AND value_date >= ? AND (value_date, position) <= (?, ?)
          AND event_type <> 'AccountCreated'`,
      opening: `SELECT t.delta AS minor, t.value_date AS date FROM accounts a
        JOIN timeline t ON t.position = a.opened_position WHERE a.account_id = ?`,
      // Every account on a value date, counting positions up to @p only: whole years from each
      // account's newest value_years row before @p's block, then the months of @date's year.
      allYears: `SELECT a.account_id, (SELECT years FROM value_years v
          WHERE v.account_id = a.account_id AND v.block < @block ORDER BY v.block DESC LIMIT 1) AS years
        FROM accounts a WHERE a.opened_position <= @p`,
      allMonths: `SELECT a.account_id, (SELECT months FROM value_months v
          WHERE v.account_id = a.account_id AND v.year = @year AND v.block < @block
          ORDER BY v.block DESC LIMIT 1) AS months
        FROM accounts a WHERE a.opened_position <= @p`,
      allBlockRest: `SELECT account_id, sum(delta) AS s FROM timeline
        WHERE position >= @blockStart AND position <= @p AND value_date < @bucketsBefore
          AND event_type <> 'AccountCreated' GROUP BY account_id`,
      allMonthRest: `SELECT account_id, sum(delta) AS s FROM timeline
        WHERE value_date >= @monthStart AND value_date <= @date AND position <= @p
          AND event_type <> 'AccountCreated' GROUP BY account_id`,
      // The same month from its other end: what the whole month's bucket holds after @date.
      allMonthAfter: `SELECT account_id, -sum(delta) AS s FROM timeline
        WHERE value_date > @date AND value_date < @nextMonthStart AND position <= @p
          AND event_type <> 'AccountCreated' GROUP BY account_id`,
      monthly: `SELECT month, sum(deposits) AS deposits, sum(withdrawals) AS withdrawals FROM monthly_totals
        WHERE account_id = ? GROUP BY month ORDER BY month`,
    });
  }

  /** The opening balance and the (current) opening date. */
  private opening(accountId: string): { minor: number; date: string } {
    return (
      (this.stmts.opening.get(accountId) as { minor: number; date: string } | undefined) ?? {
        minor: 0,
        date: '',
      }
    );
  }

  /** An account's balance after the entry at (valueDate, position), in value-date order. */
  through(accountId: string, valueDate: string, position: number): number {
    const month = monthOfDate(valueDate);
    return (
      this.opening(accountId).minor +
      (this.stmts.accountMonths.pluck().get(accountId, month) as number) +
      (this.stmts.accountDays.pluck().get(accountId, `${month}-01`, valueDate, position) as number)
    );
  }

  /**
   * Every account's movements up to `date`, counting the entries recorded at positions ≤ p (the
   * caller adds the opening balance of the accounts open by then). At the head of the log every
   * block counts whole: no entries of a partial block to add.
   */
  onDate(date: string, p: number, atHead = false): Map<string, number> {
    const month = monthOfDate(date);
    const year = date.slice(0, 4);
    const block = blockOf(p) + (atHead ? 1 : 0);
    const y = Number(year);
    const m = Number(month.slice(5, 7));
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const nextMonthStart = m === 12 ? `${y + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
    // The entries of the date's own month are read from the nearer end: from its first day up to
    // the date, or the whole month's bucket less what lies after the date (none at a month end,
    // the date reports and charts use most).
    const fromEnd = Number(date.slice(8, 10)) > daysInMonth / 2;
    const params = {
      month,
      block,
      p,
      date,
      year,
      monthStart: `${month}-01`,
      nextMonthStart,
      bucketsBefore: fromEnd ? nextMonthStart : `${month}-01`,
      blockStart: atHead ? p + 1 : block << BLOCK_BITS,
    };
    const out = new Map<string, number>();
    const add = (id: string, s: number | null) => {
      if (s) out.set(id, (out.get(id) ?? 0) + s);
    };
    for (const r of this.stmts.allYears.all(params) as Array<{ account_id: string; years: string | null }>) {
      if (r.years === null) continue;
      let s = 0;
      for (const [y, v] of Object.entries(JSON.parse(r.years) as Record<string, number>))
        if (y < year) s += v;
      add(r.account_id, s);
    }
    const monthsCounted = fromEnd ? m : m - 1;
    for (const r of this.stmts.allMonths.all(params) as Array<{
      account_id: string;
      months: string | null;
    }>) {
      if (r.months === null) continue;
      const months = JSON.parse(r.months) as number[];
      let s = 0;
      for (let i = 0; i < monthsCounted; i++) s += months[i]!;
      add(r.account_id, s);
    }
    for (const stmt of [
      this.stmts.allBlockRest,
      fromEnd ? this.stmts.allMonthAfter : this.stmts.allMonthRest,
    ]) {
      for (const r of stmt.all(params) as Array<{ account_id: string; s: number | null }>)
        add(r.account_id, r.s);
    }
    return out;
  }

  /** Money in and out per value month (the opening balance as money in), with each month's closing balance. */
  monthly(
    accountId: string,
  ): Array<{ month: string; deposits: number; withdrawals: number; closing: number }> {
    type Month = { month: string; deposits: number; withdrawals: number };
    const months = this.stmts.monthly.all(accountId) as Month[];
    const o = this.opening(accountId);
    if (o.date) {
      const month = monthOfDate(o.date);
      let m = months.find((x) => x.month === month);
      if (!m) months.push((m = { month, deposits: 0, withdrawals: 0 }));
      m.deposits += Math.max(o.minor, 0);
      m.withdrawals += Math.max(-o.minor, 0);
      months.sort((a, b) => a.month.localeCompare(b.month));
    }
    let closing = 0;
    return months.map((r) => ({ ...r, closing: (closing += r.deposits - r.withdrawals) }));
  }
}
