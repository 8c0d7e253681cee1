// Monthly totals per account (money in, money out, net, closing balance), for the chart.
// Months are taken from the entry time in UTC.
import { balanceDelta } from '../../../src-shared/events';
import { monthOf, type Projection } from './projection';

export const monthlyTotalsProjection: Projection = {
  name: 'monthly_totals',
  definitionVersion: 1,
  tables: ['monthly_totals', 'monthly_balances'],
  create(db, t) {
    db.exec(`CREATE TABLE ${t.monthly_totals} (
      account_id TEXT NOT NULL,
      month TEXT NOT NULL,
      currency TEXT NOT NULL,
      deposits INTEGER NOT NULL,
      withdrawals INTEGER NOT NULL,
      closing_balance INTEGER NOT NULL,
      PRIMARY KEY (account_id, month)
    ) WITHOUT ROWID;
    CREATE TABLE ${t.monthly_balances} (
      account_id TEXT PRIMARY KEY,
      currency TEXT NOT NULL,
      balance_minor INTEGER NOT NULL
    ) WITHOUT ROWID;`);
  },
  writer(db, t) {
    const get = db.prepare(`SELECT currency, balance_minor FROM ${t.monthly_balances} WHERE account_id = ?`);
    const upsertBalance = db.prepare(
      `INSERT INTO ${t.monthly_balances} (account_id, currency, balance_minor) VALUES (?, ?, ?)
        ON CONFLICT (account_id) DO UPDATE SET balance_minor = excluded.balance_minor`,
    );
    const upsertMonth = db.prepare(
      `INSERT INTO ${t.monthly_totals} (account_id, month, currency, deposits, withdrawals, closing_balance)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (account_id, month) DO UPDATE SET deposits = deposits + excluded.deposits,
          withdrawals = withdrawals + excluded.withdrawals, closing_balance = excluded.closing_balance`,
    );
    return (e) => {
      const delta = balanceDelta(e);
      let currency: string;
      let balance: number;
      if (e.eventType === 'AccountCreated') {
        currency = e.data.currency;
        balance = delta;
      } else {
        const s = get.get(e.aggregateId) as { currency: string; balance_minor: number } | undefined;
        if (!s) throw new Error(`Monthly totals: event ${e.eventId} for an account it has not seen`);
        currency = s.currency;
        balance = s.balance_minor + delta;
      }
      upsertBalance.run(e.aggregateId, currency, balance);
      upsertMonth.run(
        e.aggregateId,
        monthOf(e.timestamp),
        currency,
        Math.max(delta, 0),
        Math.max(-delta, 0),
        balance,
      );
    };
  },
};
