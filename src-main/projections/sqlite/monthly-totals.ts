// Money in and out per account and value month, split by block of recorded positions. The value
// axis gives the monthly totals, the chart and the balance on any date (a sum of whole months plus
// the entries of one month); the block axis lets "as known at" count only what had been recorded
// by then. A backdated entry updates one row: nothing after it is rewritten. Movements only: the
// opening balance is read from the account's first timeline row.
//
// value_years answers the whole years before a date in one seek per account: for each account and
// each block in which it moved, its money per value year as it stood at the end of that block (a
// small JSON object). Positions only grow, so only the newest row of an account ever changes, and
// a backdated entry changes one number in it. Random value dates spread an account's months over
// many blocks; whole years in one row keep "on date D as known at T" from summing them all.
// value_months does the same for the twelve months of one value year (per account, year, block).
import { monthOfDate, utcDateOf } from '../../../src-shared/dates';
import { balanceDelta, timelineFields } from '../../../src-shared/events';
import type { Projection } from './projection';

/** Positions per block of the recording axis: "known at" reads at most one block's entries. */
export const BLOCK_BITS = 12;
export const blockOf = (position: number) => position >> BLOCK_BITS;

export const monthlyTotalsProjection: Projection = {
  name: 'monthly_totals',
  definitionVersion: 5,
  tables: ['monthly_totals', 'value_years', 'value_months'],
  create(db, t) {
    db.exec(`CREATE TABLE ${t.monthly_totals} (
      account_id TEXT NOT NULL,
      month TEXT NOT NULL,
      block INTEGER NOT NULL,
      deposits INTEGER NOT NULL,
      withdrawals INTEGER NOT NULL,
      PRIMARY KEY (account_id, month, block)
    ) WITHOUT ROWID;
    CREATE TABLE ${t.value_years} (
      account_id TEXT NOT NULL,
      block INTEGER NOT NULL,
      years TEXT NOT NULL,
      PRIMARY KEY (account_id, block)
    ) WITHOUT ROWID;
    CREATE TABLE ${t.value_months} (
      account_id TEXT NOT NULL,
      year TEXT NOT NULL,
      block INTEGER NOT NULL,
      months TEXT NOT NULL,
      PRIMARY KEY (account_id, year, block)
    ) WITHOUT ROWID`);
  },
  writer(db, t) {
    const upsert = db.prepare(
      `INSERT INTO ${t.monthly_totals} (account_id, month, block, deposits, withdrawals) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (account_id, month, block) DO UPDATE SET deposits = deposits + excluded.deposits,
          withdrawals = withdrawals + excluded.withdrawals`,
    );
    const latestYears = db
      .prepare(`SELECT block, years FROM ${t.value_years} WHERE account_id = ? ORDER BY block DESC LIMIT 1`)
      .raw();
    const putYears = db.prepare(
      `INSERT INTO ${t.value_years} (account_id, block, years) VALUES (?, ?, ?)
        ON CONFLICT (account_id, block) DO UPDATE SET years = excluded.years`,
    );
    const latestMonths = db
      .prepare(
        `SELECT months FROM ${t.value_months} WHERE account_id = ? AND year = ? ORDER BY block DESC LIMIT 1`,
      )
      .pluck();
    const putMonths = db.prepare(
      `INSERT INTO ${t.value_months} (account_id, year, block, months) VALUES (?, ?, ?, ?)
        ON CONFLICT (account_id, year, block) DO UPDATE SET months = excluded.months`,
    );
    return (e) => {
      const delta = balanceDelta(e);
      // The opening balance is dated by the account's (movable) opening date: see value-balances.
      if (delta === 0 || e.eventType === 'AccountCreated') return;
      const valueDate = timelineFields(e).valueDate ?? utcDateOf(Date.parse(e.timestamp));
      const block = blockOf(e.position);
      upsert.run(e.aggregateId, monthOfDate(valueDate), block, Math.max(delta, 0), Math.max(-delta, 0));
      // The account's newest row carries on from its previous block (or starts empty).
      const last = latestYears.get(e.aggregateId) as [number, string] | undefined;
      const years: Record<string, number> = last ? JSON.parse(last[1]) : {};
      const year = valueDate.slice(0, 4);
      years[year] = (years[year] ?? 0) + delta;
      putYears.run(e.aggregateId, block, JSON.stringify(years));
      // The same for the twelve months of that year.
      const lastMonths = latestMonths.get(e.aggregateId, year) as string | undefined;
      const months: number[] = lastMonths ? JSON.parse(lastMonths) : new Array<number>(12).fill(0);
      months[Number(valueDate.slice(5, 7)) - 1]! += delta;
      putMonths.run(e.aggregateId, year, block, JSON.stringify(months));
    };
  },
  bulkWriter(db, t) {
    const add = db.prepare(
      `INSERT INTO ${t.monthly_totals} (account_id, month, block, deposits, withdrawals) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (account_id, month, block) DO UPDATE SET deposits = deposits + excluded.deposits,
          withdrawals = withdrawals + excluded.withdrawals`,
    );
    const putYears = db.prepare(
      `INSERT INTO ${t.value_years} (account_id, block, years) VALUES (?, ?, ?)
        ON CONFLICT (account_id, block) DO UPDATE SET years = excluded.years`,
    );
    const putMonths = db.prepare(
      `INSERT INTO ${t.value_months} (account_id, year, block, months) VALUES (?, ?, ?, ?)
        ON CONFLICT (account_id, year, block) DO UPDATE SET months = excluded.months`,
    );
    // Each account's newest value_years row and newest value_months row per year, as the writer
    // would read them back; what changed since the last flush is written then (newest value only).
    const years = new Map<string, { block: number; years: Record<string, number> }>();
    const months = new Map<string, { block: number; months: number[] }>();
    type Totals = [account: string, month: string, block: number, deposits: number, withdrawals: number];
    const totals = new Map<string, Totals>();
    const dirtyYears = new Map<string, [string, number, Record<string, number>]>();
    const dirtyMonths = new Map<string, [string, string, number, number[]]>();
    return {
      apply(e) {
        const delta = balanceDelta(e);
        if (delta === 0 || e.eventType === 'AccountCreated') return;
        const id = e.aggregateId;
        const valueDate = timelineFields(e).valueDate ?? utcDateOf(Date.parse(e.timestamp));
        const block = blockOf(e.position);
        const month = monthOfDate(valueDate);
        const tk = `${id}\u0000${month}\u0000${block}`;
        const tot = totals.get(tk);
        if (tot) {
          tot[3] += Math.max(delta, 0);
          tot[4] += Math.max(-delta, 0);
        } else totals.set(tk, [id, month, block, Math.max(delta, 0), Math.max(-delta, 0)]);
        const year = valueDate.slice(0, 4);
        let y = years.get(id);
        if (!y || y.block !== block) years.set(id, (y = { block, years: { ...y?.years } }));
        y.years[year] = (y.years[year] ?? 0) + delta;
        dirtyYears.set(`${id}\u0000${block}`, [id, block, y.years]);
        const mk = `${id}\u0000${year}`;
        let m = months.get(mk);
        if (!m || m.block !== block)
          months.set(mk, (m = { block, months: m ? [...m.months] : new Array<number>(12).fill(0) }));
        m.months[Number(valueDate.slice(5, 7)) - 1]! += delta;
        dirtyMonths.set(`${mk}\u0000${block}`, [id, year, block, m.months]);
      },
      flush() {
        for (const r of totals.values()) add.run(...r);
        for (const [id, block, ys] of dirtyYears.values()) putYears.run(id, block, JSON.stringify(ys));
        for (const [id, year, block, ms] of dirtyMonths.values())
          putMonths.run(id, year, block, JSON.stringify(ms));
        totals.clear();
        dirtyYears.clear();
        dirtyMonths.clear();
      },
    };
  },
};
