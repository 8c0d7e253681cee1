// The rebuild's bulk path (in-memory running state, monthly totals staged and copied in key
// order, indexes made after the load) gives the incremental rows over many blocks of positions
// and batches; and its row-by-row comparison still finds every kind of difference.
import { describe, expect, it } from 'vitest';
import { BLOCK_BITS } from '../../src-main/projections/sqlite/monthly-totals';
import { rebuildProjections } from '../../src-main/projections/sqlite/rebuild';
import { generateEvents, projectionRows, shadowTables, tempLedgersPerTest } from '../support/ledger-fixtures';

const fresh = tempLedgersPerTest();

describe('rebuild bulk path', () => {
  it('rebuilt rows equal the incremental ones across blocks and batches, backdated entries included', () => {
    const t = fresh();
    // More than two blocks of positions, few accounts (many rows per account and block).
    generateEvents(t.ledger, (5 << BLOCK_BITS) / 2, { seed: 7, accounts: 12, backdateDays: 900 });
    const db = t.ledger.storage.db;
    const before = projectionRows(db);
    for (const batchSize of [1000, 4096, 7777]) {
      const r = rebuildProjections(db, t.ledger.store, { batchSize, pauseMs: 0 });
      expect(r.differences).toEqual([]);
      expect(projectionRows(db)).toEqual(before);
    }
    expect(shadowTables(db)).toEqual([]);
    expect(t.ledger.verify().ok).toBe(true);
  });

  it('the comparison finds a changed column, a missing row and a changed search text', () => {
    const t = fresh();
    generateEvents(t.ledger, 300, { seed: 8, accounts: 5 });
    const db = t.ledger.storage.db;
    db.exec(`UPDATE timeline SET balance_after = balance_after + 1 WHERE position = 40;
      DELETE FROM movements WHERE position = 41;
      UPDATE movements_fts SET description = 'tampered' WHERE rowid = 42;
      UPDATE value_months SET months = '[]'
        WHERE (account_id, year, block) = (SELECT account_id, year, block FROM value_months LIMIT 1);`);
    const r = rebuildProjections(db, t.ledger.store, { dryRun: true, pauseMs: 0 });
    const by = (p: string) => r.differences.filter((d) => d.projection === p).map((d) => d.message);
    expect(by('timeline')).toEqual([
      "timeline: 1 row(s) differ from the log's fold, 1 row(s) were missing or different",
    ]);
    expect(by('movements').sort()).toEqual([
      "movements: 0 row(s) differ from the log's fold, 1 row(s) were missing or different",
      "movements_fts: 1 row(s) differ from the log's fold, 1 row(s) were missing or different",
    ]);
    expect(by('monthly_totals')).toEqual([
      "value_months: 1 row(s) differ from the log's fold, 1 row(s) were missing or different",
    ]);
    expect(shadowTables(db)).toEqual([]);
  });
});
