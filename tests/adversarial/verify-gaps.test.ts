// Issue 13, case 7: verify skipped a dropped projection table ("Projections match") while every
// write then failed with exit 70; a dropped monthly_totals made the ledger unopenable; with a
// broken chain verify still said "Projections match the log"; verify wrote to the ledger.
import { chmodSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, fingerprint, ledgerWithAccount, tamper } from './craft';

describe('verify gaps', () => {
  for (const table of ['balances', 'monthly_totals', 'accounts', 'timeline']) {
    it(`reports a dropped ${table} table (exit 4), and the ledger still opens with it recreated`, async () => {
      const { db, accountId } = await ledgerWithAccount();
      tamper(db, (d) => d.exec(`DROP TABLE ${table}`));
      const before = fingerprint(db);
      const v = await cli(db, 'verify');
      expect(v.code).toBe(4);
      expect(v.out).toContain(`${table}: the table is missing`);
      expect(fingerprint(db)).toBe(before); // verify wrote nothing
      const dep = await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01');
      expect(dep.err).toBe('');
      expect(dep.code).toBe(0);
      expect((await cli(db, 'balance', accountId)).out).toBe('101.00 EUR');
      expect((await cli(db, 'verify')).code).toBe(0);
    });
  }

  it('verify of a healthy ledger writes nothing to it and works on a read-only file', async () => {
    const { db } = await ledgerWithAccount();
    const before = fingerprint(db);
    const v = await cli(db, 'verify');
    expect(v.code).toBe(0);
    expect(v.out).toBe('All 2 events verified\nProjections match the log');
    expect(fingerprint(db)).toBe(before);
    chmodSync(db, 0o444);
    expect((await cli(db, 'verify')).code).toBe(0);
  });

  it('with a broken chain verify does not claim the projections match', async () => {
    const { db } = await ledgerWithAccount();
    tamper(db, (d) => {
      const triggers = d
        .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'`)
        .all() as { name: string; sql: string }[];
      for (const t of triggers) d.exec(`DROP TRIGGER ${t.name}`);
      d.prepare(`UPDATE events SET data = replace(data, '10000', '99999') WHERE position = 2`).run();
      for (const t of triggers) d.exec(t.sql);
    });
    const v = await cli(db, 'verify');
    expect(v.code).toBe(4);
    expect(v.out).not.toContain('Projections match');
    expect(v.err).toMatch(/hash chain broken at position 2/);
  });
});
