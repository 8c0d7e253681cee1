// Money in and out per account and value month, split by block of recorded positions. The value
// axis gives the monthly totals, the chart and the balance on any date (a sum of whole months plus
// the entries of one month); the block axis lets "as known at" count only what had been recorded
// by then. A backdated entry updates one row: nothing after it is rewritten. Movements only: the
// opening balance is read from the account's first timeline row.
import { monthOfDate, utcDateOf } from '../../../src-shared/dates';
import { balanceDelta, timelineFields } from '../../../src-shared/events';
import type { Projection } from './projection';

/** Positions per block of the recording axis: "known at" reads at most one block's entries. */
export const BLOCK_BITS = 12;
export const blockOf = (position: number) => position >> BLOCK_BITS;

export const monthlyTotalsProjection: Projection = {
  name: 'monthly_totals',
  definitionVersion: 3,
  tables: ['monthly_totals'],
  create(db, t) {
    db.exec(`CREATE TABLE ${t.monthly_totals} (
      account_id TEXT NOT NULL,
      month TEXT NOT NULL,
      block INTEGER NOT NULL,
      deposits INTEGER NOT NULL,
      withdrawals INTEGER NOT NULL,
      PRIMARY KEY (account_id, month, block)
    ) WITHOUT ROWID`);
  },
  writer(db, t) {
    const upsert = db.prepare(
      `INSERT INTO ${t.monthly_totals} (account_id, month, block, deposits, withdrawals) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (account_id, month, block) DO UPDATE SET deposits = deposits + excluded.deposits,
          withdrawals = withdrawals + excluded.withdrawals`,
    );
    return (e) => {
      const delta = balanceDelta(e);
      // The opening balance is dated by the account's (movable) opening date: see value-balances.
      if (delta === 0 || e.eventType === 'AccountCreated') return;
      const valueDate = timelineFields(e).valueDate ?? utcDateOf(Date.parse(e.timestamp));
      upsert.run(
        e.aggregateId,
        monthOfDate(valueDate),
        blockOf(e.position),
        Math.max(delta, 0),
        Math.max(-delta, 0),
      );
    };
  },
};
