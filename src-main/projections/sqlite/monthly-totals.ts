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
    // The three tables are keyed by account first, so rows written in log order land all over
    // their B-trees (a page read and rewritten per row once they outgrow the cache). During the
    // bulk load they are staged in TEMP tables keyed by block first (new rows go at the right
    // edge; the temp database has no WAL), then copied over in key order at `finish`.
    const stage = {
      monthly_totals: `${t.monthly_totals}_stage`,
      value_years: `${t.value_years}_stage`,
      value_months: `${t.value_months}_stage`,
    };
    // New staged rows go at the right edge of their B-trees: a small cache is enough, and it is
    // memory of this connection (the rebuild keeps well under its peak-RSS budget).
    const tempCache = db.pragma('temp.cache_size', { simple: true }) as number;
    db.pragma('temp.cache_size = -2048');
    db.exec(`CREATE TEMP TABLE ${stage.monthly_totals} (block INTEGER NOT NULL, account_id TEXT NOT NULL,
        month TEXT NOT NULL, deposits INTEGER NOT NULL, withdrawals INTEGER NOT NULL,
        PRIMARY KEY (block, account_id, month)) WITHOUT ROWID;
      CREATE TEMP TABLE ${stage.value_years} (block INTEGER NOT NULL, account_id TEXT NOT NULL,
        years TEXT NOT NULL, PRIMARY KEY (block, account_id)) WITHOUT ROWID;
      CREATE TEMP TABLE ${stage.value_months} (block INTEGER NOT NULL, account_id TEXT NOT NULL,
        year TEXT NOT NULL, months TEXT NOT NULL, PRIMARY KEY (block, account_id, year)) WITHOUT ROWID;`);
    const statements = (n: typeof stage) => ({
      add: db.prepare(
        `INSERT INTO ${n.monthly_totals} (account_id, month, block, deposits, withdrawals) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT DO UPDATE SET deposits = deposits + excluded.deposits,
            withdrawals = withdrawals + excluded.withdrawals`,
      ),
      putYears: db.prepare(
        `INSERT INTO ${n.value_years} (account_id, block, years) VALUES (?, ?, ?)
          ON CONFLICT DO UPDATE SET years = excluded.years`,
      ),
      putMonths: db.prepare(
        `INSERT INTO ${n.value_months} (account_id, year, block, months) VALUES (?, ?, ?, ?)
          ON CONFLICT DO UPDATE SET months = excluded.months`,
      ),
    });
    let out = statements(stage);
    const dropStage = () => {
      for (const n of Object.values(stage)) db.exec(`DROP TABLE IF EXISTS temp.${n}`);
      db.pragma(`temp.cache_size = ${tempCache}`);
    };
    // Each account's newest value_years row and newest value_months row per year, as the writer
    // would read them back, and its money per month in the current block. A row is queued when
    // its block is over (it never changes again: positions only grow) or at a flush.
    interface Acc {
      id: string;
      block: number;
      years: Record<string, number>;
      months: Map<string, { block: number; months: number[]; dirty: boolean }>;
      totals: Map<string, [deposits: number, withdrawals: number]>;
    }
    const accounts = new Map<string, Acc>();
    const dirty = new Set<Acc>();
    // Rows are written as soon as they are known (a block over, or at a flush): nothing is queued.
    const closeBlock = (a: Acc) => {
      for (const [month, [dep, wd]] of a.totals) out.add.run(a.id, month, a.block, dep, wd);
      a.totals.clear();
      out.putYears.run(a.id, a.block, JSON.stringify(a.years));
    };
    return {
      apply(e) {
        const delta = balanceDelta(e);
        if (delta === 0 || e.eventType === 'AccountCreated') return;
        const valueDate = timelineFields(e).valueDate ?? utcDateOf(Date.parse(e.timestamp));
        const block = blockOf(e.position);
        let a = accounts.get(e.aggregateId);
        if (!a) {
          a = { id: e.aggregateId, block, years: {}, months: new Map(), totals: new Map() };
          accounts.set(a.id, a);
        } else if (a.block !== block) {
          if (dirty.has(a)) closeBlock(a);
          a.block = block;
        }
        dirty.add(a);
        const month = monthOfDate(valueDate);
        const tot = a.totals.get(month);
        if (tot) {
          tot[0] += Math.max(delta, 0);
          tot[1] += Math.max(-delta, 0);
        } else a.totals.set(month, [Math.max(delta, 0), Math.max(-delta, 0)]);
        const year = valueDate.slice(0, 4);
        a.years[year] = (a.years[year] ?? 0) + delta;
        let m = a.months.get(year);
        if (!m) a.months.set(year, (m = { block, months: new Array<number>(12).fill(0), dirty: false }));
        else if (m.block !== block) {
          if (m.dirty) out.putMonths.run(a.id, year, m.block, JSON.stringify(m.months));
          m.block = block;
        }
        m.dirty = true;
        m.months[Number(valueDate.slice(5, 7)) - 1]! += delta;
      },
      flush() {
        for (const a of dirty) {
          closeBlock(a);
          for (const [year, m] of a.months)
            if (m.dirty) {
              out.putMonths.run(a.id, year, m.block, JSON.stringify(m.months));
              m.dirty = false;
            }
        }
        dirty.clear();
      },
      finish: () => [
        () =>
          db.exec(`INSERT INTO ${t.monthly_totals} (account_id, month, block, deposits, withdrawals)
            SELECT account_id, month, block, deposits, withdrawals FROM temp.${stage.monthly_totals}
            ORDER BY account_id, month, block`),
        () =>
          db.exec(`INSERT INTO ${t.value_years} (account_id, block, years)
            SELECT account_id, block, years FROM temp.${stage.value_years} ORDER BY account_id, block`),
        () => {
          db.exec(`INSERT INTO ${t.value_months} (account_id, year, block, months)
            SELECT account_id, year, block, months FROM temp.${stage.value_months}
            ORDER BY account_id, year, block`);
          dropStage();
          out = statements(t as typeof stage);
        },
      ],
      discard: dropStage,
    };
  },
};
