// Opening a file that is not a healthy, current ledger gives a typed error with a clear message
// and leaves the file exactly as it was.
import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { chmodSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerError } from '../../src-shared/errors';
import { openDatabase } from '../../src-main/eventstore/sqlite/open-database';
import {
  APPLICATION_ID,
  LATEST_SCHEMA_VERSION,
  migrations,
} from '../../src-main/eventstore/sqlite/migrations';
import { openLedger } from '../../src-main/ledger';
import { tempDir } from '../support/temp-dir';

function errorOf(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LedgerError) return e;
    throw e;
  }
  throw new Error('expected a LedgerError');
}

/** Runs `fn` and checks the file's bytes did not change and no WAL/SHM files appeared. */
function unchanged(path: string, fn: () => void): void {
  const before = readFileSync(path);
  fn();
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(existsSync(`${path}-wal`)).toBe(false);
  expect(existsSync(`${path}-journal`)).toBe(false);
}

async function makeLedger(path: string): Promise<void> {
  const l = openLedger(path);
  await l.invoke('openAccount', {
    commandId: 'cmd-open-1',
    owner: 'Ann',
    currency: 'EUR',
    openingBalance: '5.00',
  });
  l.storage.db.pragma('wal_checkpoint(TRUNCATE)');
  await l.close();
}

describe('opening a ledger file', () => {
  it('creates a new ledger (and its folder) when the file does not exist', async () => {
    const path = join(tempDir(), 'nested', 'books.sqlite');
    const l = openLedger(path);
    expect((await l.invoke('ledgerInfo', {})).ok).toBe(true);
    expect(l.storage.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(l.storage.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(l.storage.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(l.storage.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(l.storage.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    await l.close();
  });

  it('refuses a missing file when asked not to create one', () => {
    expect(errorOf(() => openLedger(join(tempDir(), 'none.sqlite'), { create: false })).reason).toBe(
      'file_missing',
    );
  });

  it('refuses a file that is not a database', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    unchanged(path, () => {
      const e = errorOf(() => openLedger(path));
      expect(e.code).toBe('io');
      expect(e.reason).toBe('file_corrupt');
      expect(e.message).toContain('damaged or is not a SQLite database');
    });
  });

  it("refuses another application's SQLite database", () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (1)');
    other.close();
    unchanged(path, () => expect(errorOf(() => openLedger(path)).reason).toBe('not_a_ledger'));
  });

  it('refuses a ledger written by a newer version, without touching it', async () => {
    const path = join(tempDir(), 'newer.sqlite');
    await makeLedger(path);
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    unchanged(path, () => {
      const e = errorOf(() => openLedger(path));
      expect(e.reason).toBe('schema_newer');
      expect(e.message).toContain('newer version of this app');
    });
  });

  it('refuses a truncated ledger', async () => {
    const path = join(tempDir(), 'cut.sqlite');
    const l = openLedger(path);
    for (let i = 0; i < 300; i++) {
      await l.invoke('openAccount', {
        commandId: `cmd-open-${i}`,
        owner: `Owner ${i}`,
        currency: 'EUR',
        openingBalance: '1.00',
      });
    }
    l.storage.db.pragma('wal_checkpoint(TRUNCATE)');
    await l.close();
    truncateSync(path, 8192);
    const e = errorOf(() => {
      const l2 = openLedger(path);
      void l2.close();
    });
    expect(e.code).toBe('io');
    expect(e.reason).toBe('file_corrupt');
  });

  it('refuses a read-only file', async () => {
    const path = join(tempDir(), 'ro.sqlite');
    await makeLedger(path);
    chmodSync(path, 0o444);
    unchanged(path, () => {
      const e = errorOf(() => openLedger(path));
      expect(e.reason).toBe('file_readonly');
      expect(e.message).toContain('read-only');
    });
  });

  it('refuses a ledger locked by another connection, and opens once the lock is gone', async () => {
    const path = join(tempDir(), 'locked.sqlite');
    await makeLedger(path);
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    const e = errorOf(() => openLedger(path));
    expect(e.reason).toBe('file_locked');
    expect(e.message).toContain('locked by another program');
    holder.exec('ROLLBACK');
    holder.close();
    const l = openLedger(path);
    expect((await l.invoke('listAccounts', {})).ok).toBe(true);
    await l.close();
  });

  it('migrates an older schema after the before-migration hook, in one transaction', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    migrations[0]!(old);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 1');
    old.close();
    const hook = vi.fn((db: Database.Database, _p: string, from: number) => {
      // The hook sees the file before any change: still at the old version.
      expect(db.pragma('user_version', { simple: true })).toBe(from);
    });
    const db = openDatabase(path, { beforeMigrate: hook });
    expect(hook).toHaveBeenCalledTimes(1);
    expect(hook.mock.calls[0]![2]).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'ledger_meta'`).get()).toBeDefined();
    db.close();
  });

  it('keeps the log append-only at the database level', async () => {
    const path = join(tempDir(), 'immutable.sqlite');
    await makeLedger(path);
    const db = openDatabase(path);
    expect(() => db.exec('UPDATE events SET data = data')).toThrow(/immutable/);
    expect(() => db.exec('DELETE FROM events')).toThrow(/append-only/);
    db.close();
  });
});
