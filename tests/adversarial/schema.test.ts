// A file from outside is data, never code: every table, index, trigger and view must be the ones
// this app creates, on open and on restore, or the file is refused (exit 4) and nothing changes.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir';
import { cli, eventTypes, fingerprint, ledgerWithAccount, tamper } from './craft';

const dropWithdrawals = `CREATE TRIGGER eat_withdrawals BEFORE INSERT ON events
  WHEN NEW.event_type = 'MoneyWithdrawn' BEGIN SELECT RAISE(IGNORE); END`;

async function craftedBackup(sql: (db: Database.Database) => void) {
  const dir = tempDir();
  const current = await ledgerWithAccount(dir, 'current.sqlite');
  const other = await ledgerWithAccount(dir, 'other.sqlite');
  tamper(other.db, sql);
  return { current, backup: other.db, dir };
}

describe('schema comparison on restore', () => {
  it('refuses a backup with an extra RAISE(IGNORE) trigger and leaves the ledger as it was', async () => {
    const { current, backup } = await craftedBackup((db) => db.exec(dropWithdrawals));
    const before = fingerprint(current.db);
    const r = await cli(current.db, 'restore', backup);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/trigger "eat_withdrawals" that this app does not create/);
    expect(fingerprint(current.db)).toBe(before);
    // The current ledger still records withdrawals.
    expect((await cli(current.db, 'withdraw', current.accountId, '1.00')).code).toBe(0);
    expect(eventTypes(current.db).at(-1)).toBe('MoneyWithdrawn');
  });

  it('refuses a backup whose balances is a view, without swapping it in', async () => {
    const { current, backup } = await craftedBackup((db) => {
      db.exec('DROP TABLE balances');
      db.exec(
        `CREATE VIEW balances AS SELECT account_id, 'EUR' AS currency, 1000000000000000 AS balance_minor, 1 AS version FROM accounts`,
      );
    });
    const before = fingerprint(current.db);
    const r = await cli(current.db, 'restore', backup);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/view "balances" that this app does not create/);
    expect(fingerprint(current.db)).toBe(before);
    expect((await cli(current.db, 'deposit', current.accountId, '1.00')).code).toBe(0);
  });

  it('refuses a backup with a changed table definition', async () => {
    const { current, backup } = await craftedBackup((db) => {
      db.exec('DROP TABLE ledger_meta');
      db.exec('CREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID');
    });
    const r = await cli(current.db, 'restore', backup);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/table "ledger_meta" is not defined the way this app defines it/);
  });

  it('refuses a backup missing the immutability trigger', async () => {
    const { current, backup } = await craftedBackup((db) => db.exec('DROP TRIGGER events_are_immutable'));
    const r = await cli(current.db, 'restore', backup);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/trigger "events_are_immutable" is missing/);
  });

  it('refuses a backup with an extra index and an extra table', async () => {
    for (const sql of ['CREATE INDEX sneaky ON events (hash)', 'CREATE TABLE extra (x)']) {
      const { current, backup } = await craftedBackup((db) => db.exec(sql));
      const r = await cli(current.db, 'restore', backup);
      expect(r.code).toBe(4);
      expect(r.err).toMatch(/that this app does not create/);
    }
  });

  it('still restores an untouched backup', async () => {
    const { current, backup } = await craftedBackup(() => {});
    const r = await cli(current.db, 'restore', backup);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('schema comparison on open', () => {
  it('refuses to open a ledger that gained a trigger, for every command, and writes nothing', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => d.exec(dropWithdrawals));
    const before = fingerprint(db);
    const w = await cli(db, 'withdraw', accountId, '5.00');
    expect(w.code).toBe(4);
    expect(w.err).toMatch(/trigger "eat_withdrawals" that this app does not create/);
    expect((await cli(db, 'balance', accountId)).code).toBe(4);
    expect(fingerprint(db)).toBe(before);
  });

  it('a projection table replaced by a view is not refused but repaired: the view is never read', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => {
      d.exec('DROP TABLE balances');
      d.exec(
        `CREATE VIEW balances AS SELECT account_id, currency, 999999999 AS balance_minor, version FROM accounts`,
      );
    });
    const r = await cli(db, 'withdraw', accountId, '5000');
    expect(r.code).toBe(1); // the rules, on the log: 100.00 cannot pay 5000
    expect((await cli(db, 'balance', accountId)).out).toBe('100.00 EUR');
  });

  it('accepts what the app itself leaves behind: rebuilt (renamed) tables and a copied file', async () => {
    const { db, accountId, dir } = await ledgerWithAccount();
    expect((await cli(db, 'rebuild')).code).toBe(0);
    expect((await cli(db, 'deposit', accountId, '1.00')).code).toBe(0);
    const copy = join(dir, 'copy.sqlite');
    copyFileSync(db, copy);
    expect((await cli(copy, 'balance', accountId)).code).toBe(0);
  });

  it('opens a ledger from an older release whose outdated projection had another shape, and recreates it', async () => {
    const { db, accountId } = await ledgerWithAccount();
    expect((await cli(db, 'deposit', accountId, '7.00')).code).toBe(0);
    tamper(db, (d) => {
      // What an older release left: monthly_totals of an earlier definition, another shape.
      d.exec('DROP TABLE monthly_totals');
      d.exec(
        'CREATE TABLE monthly_totals (account_id TEXT, month TEXT, deposits INTEGER, withdrawals INTEGER)',
      );
      d.exec(`UPDATE projection_checkpoints SET definition_version = 1 WHERE name = 'monthly_totals'`);
    });
    const r = await cli(db, 'monthly', accountId, '--json');
    expect(r.code).toBe(0);
    expect(r.out).toContain('700');
  });

  it('still refuses a trigger on an outdated projection table', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => {
      d.exec(`UPDATE projection_checkpoints SET definition_version = 1 WHERE name = 'balances'`);
      d.exec(`CREATE TRIGGER sneaky AFTER INSERT ON balances BEGIN SELECT 1; END`);
    });
    const r = await cli(db, 'deposit', accountId, '1.00');
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/trigger "sneaky"/);
  });
});
