// Issue 13, case 7: a ledger whose projection table was dropped or replaced by a view (crafted by
// another program) still opens: the projection is recreated from the log on open, never read as
// it was. `verify` (which writes nothing) names the damage and how it is repaired (exit 4); after
// the next open it is whole again (exit 0). A file from outside (a backup to restore) with the
// same damage is still refused (schema.test.ts).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src-main/ledger';
import { allProjections } from '../../src-main/projections/sqlite/registry';
import { cli, fingerprint, ledgerWithAccount, tamper } from './craft';

/** Every projection table, as a view of the same name that lies (or at least is not a table). */
const tables = allProjections.flatMap((p) => p.tables.map((t) => ({ projection: p.name, table: t })));

function objectType(path: string, name: string): string | undefined {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT type FROM sqlite_schema WHERE name = ?').pluck().get(name) as
      string | undefined;
  } finally {
    db.close();
  }
}

describe('a damaged projection still opens and is repaired', () => {
  for (const { projection, table } of tables) {
    it(`${table} (${projection}) replaced by a view: verify names it, the next open recreates it`, async () => {
      const { db, accountId } = await ledgerWithAccount();
      tamper(db, (d) => {
        d.exec(`DROP TABLE ${table}`);
        d.exec(`CREATE VIEW ${table} AS SELECT 1 AS x`);
      });
      const before = fingerprint(db);
      const v = await cli(db, 'verify');
      expect(v.code).toBe(4);
      expect(v.out).toContain(`${table}: the table was replaced by a view`);
      expect(v.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(fingerprint(db)).toBe(before); // verify wrote nothing
      // Any command opens it: the view is dropped, the table rebuilt from the log.
      const dep = await cli(db, 'deposit', accountId, '1.00', '--value-date', '2026-02-01');
      expect(dep.err).toBe('');
      expect(dep.code).toBe(0);
      expect(objectType(db, table)).toBe('table');
      expect((await cli(db, 'balance', accountId)).out).toBe('101.00 EUR');
      const again = await cli(db, 'verify');
      expect(again.out).toContain('Projections match the log');
      expect(again.code).toBe(0);
    });
  }

  it('a lying balances view opened through the Ledger: reads come from the log, not the view', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => {
      d.exec('DROP TABLE balances');
      d.exec(
        `CREATE VIEW balances AS SELECT account_id, currency, 999999999 AS balance_minor, version FROM accounts`,
      );
    });
    const ledger = Ledger.open(db, { create: false });
    try {
      expect(ledger.integrity().ok).toBe(true);
      const a = await ledger.invoke('getAccount', { accountId });
      expect(a.ok && a.value.balance).toEqual({ minor: 10000, currency: 'EUR' });
      const w = await ledger.invoke('withdraw', { commandId: 'w-5000', accountId, amount: '5000' });
      expect(w.ok).toBe(false);
      const report = await ledger.invoke('verifyLedger', {});
      expect(report.ok && report.value.ok).toBe(true);
    } finally {
      await ledger.close();
    }
  });

  it('a dropped table and a view together, in two projections, are both repaired', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => {
      d.exec('DROP TABLE timeline');
      d.exec('DROP TABLE accounts');
      d.exec('CREATE VIEW accounts AS SELECT 1 AS account_id');
    });
    const v = await cli(db, 'verify');
    expect(v.code).toBe(4);
    expect(v.out).toContain('timeline: the table is missing');
    expect(v.out).toContain('accounts: the table was replaced by a view');
    expect((await cli(db, 'balance', accountId)).out).toBe('100.00 EUR');
    expect((await cli(db, 'verify')).code).toBe(0);
  });

  it('a trigger on the view is still refused: only the view itself counts as damage', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => {
      d.exec('DROP TABLE balances');
      d.exec(
        'CREATE VIEW balances AS SELECT account_id, currency, 0 AS balance_minor, version FROM accounts',
      );
      d.exec(`CREATE TRIGGER on_view INSTEAD OF INSERT ON balances BEGIN SELECT 1; END`);
    });
    const before = fingerprint(db);
    const r = await cli(db, 'deposit', accountId, '1.00');
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/trigger "on_view" that this app does not create/);
    expect(fingerprint(db)).toBe(before);
  });

  it('a view under a name that is no projection table is still refused', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => d.exec('CREATE VIEW sneaky AS SELECT 1'));
    const r = await cli(db, 'balance', accountId);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/view "sneaky" that this app does not create/);
  });
});
