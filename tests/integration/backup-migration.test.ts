// Before a schema migration, openDatabase calls backupBeforeMigration on the not-yet-migrated
// connection: a verified copy of the old file lands in backups/; if it cannot be written, the
// migration does not happen and the file stays as it was.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSidecar } from '../../src-main/backup/sidecar';
import { verifyBackupFile } from '../../src-main/backup/sqlite/verify-backup-file';
import {
  APPLICATION_ID,
  LATEST_SCHEMA_VERSION,
  migrations,
} from '../../src-main/eventstore/sqlite/migrations';
import { SqliteEventStore } from '../../src-main/eventstore/sqlite/sqlite-event-store';
import { ledgerUpcast } from '../../src-main/eventstore/upcasters';
import { CurrentSchemaVersion, type EventType } from '../../src-shared/events';
import { openLedger } from '../../src-main/ledger';
import { Projector } from '../../src-main/projections/sqlite/projector';
import { generateEvents } from '../support/ledger-fixtures';
import { sha256, sqliteFiles } from '../support/backup-helpers';
import { tempDir } from '../support/temp-dir';

/** A ledger file at schema version 1 (as the first release wrote it), with `n` events. */
function schemaV1Ledger(path: string, n: number): void {
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  migrations[0]!(raw);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma('user_version = 1');
  raw.close();
  // The event store of today reads and writes the v1 tables (they did not change).
  const db = new Database(path);
  const store = new SqliteEventStore(db, {
    upcast: ledgerUpcast(),
    currentSchemaVersion: (t) => CurrentSchemaVersion[t as EventType] ?? 1,
  });
  const projector = new Projector(db, store);
  projector.open();
  generateEvents({ store, projector }, n, { seed: 41 });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

describe.skipIf(LATEST_SCHEMA_VERSION < 2)('backup before a schema migration', () => {
  it('keeps a verified copy of the old schema, then migrates', () => {
    const dir = tempDir('ledger-migrate-');
    const path = join(dir, 'ledger.sqlite');
    schemaV1Ledger(path, 120);
    const l = openLedger(path);
    expect(l.storage.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    void l.close();
    const [name] = sqliteFiles(join(dir, 'backups'));
    expect(name).toMatch(/-pos000120-before-migration\.sqlite$/);
    const file = join(dir, 'backups', name!);
    const check = verifyBackupFile(file);
    expect(check.ok && check.facts).toMatchObject({ schemaVersion: 1, eventCount: 120 });
    expect(readSidecar(file)).toMatchObject({ verified: 'ok', schemaVersion: 1, kind: 'before-migration' });
  });

  it('does not migrate when the backup cannot be written', () => {
    const dir = tempDir('ledger-migrate-');
    const path = join(dir, 'ledger.sqlite');
    schemaV1Ledger(path, 30);
    writeFileSync(join(dir, 'backups'), 'a file where the backup folder should be');
    const before = sha256(path);
    expect(() => openLedger(path)).toThrow(expect.objectContaining({ code: 'io' }));
    expect(sha256(path)).toBe(before);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });
});
