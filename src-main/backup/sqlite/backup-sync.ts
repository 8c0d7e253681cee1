// The synchronous backup openDatabase takes right before a schema migration: VACUUM INTO on the
// very connection that is about to migrate, verified, before anything is changed.
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '../../eventstore/sqlite/sqlite-event-store';
import { sha256File } from '../checksum';
import {
  commitBackup,
  prepareCopy,
  resolveTarget,
  type BackupWriteOptions,
  type WrittenBackup,
} from '../backup-file';
import { ledgerStem } from '../backup-name';
import { readFacts } from '../facts';
import { nodeFileOps, randomTag, removeQuietly, writeError } from '../file-ops';
import type { Verified } from '../verify-off-thread';
import { verifyBackupFile } from './verify-backup-file';

/**
 * Synchronous backup with VACUUM INTO on the given connection: used right before a schema
 * migration, where openDatabase cannot wait. The facts are read just before, on the same
 * connection, with no chance for this process to write in between.
 */
export function writeBackupSync(
  db: Database.Database,
  ledgerPath: string,
  opts: Omit<BackupWriteOptions, 'copy' | 'pagesPerStep'>,
): WrittenBackup {
  const ops = opts.ops ?? nodeFileOps;
  const target = resolveTarget(ledgerPath, opts.dest, opts.dir);
  const tmp = join(target.dir, `.${ledgerStem(ledgerPath)}.backup.partial-${randomTag()}`);
  try {
    ops.mkdir(target.dir);
    const started = performance.now();
    const expected = readFacts(new SqliteEventStore(db));
    db.prepare('VACUUM INTO ?').run(tmp);
    const copyMs = performance.now() - started;
    const createdAt = (opts.now ?? (() => new Date()))();
    prepareCopy(tmp, ops);
    const verifyStarted = performance.now();
    const result = verifyBackupFile(tmp, expected);
    const verified: Verified = { result, sha256: result.ok ? sha256File(tmp) : null, thread: 'main' };
    return commitBackup(tmp, target, ledgerPath, expected, createdAt, verified, {
      ...opts,
      ops,
      copyMs,
      verifyMs: performance.now() - verifyStarted,
    });
  } catch (e) {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) removeQuietly(ops, f);
    throw writeError(e, opts.dest ?? target.dir);
  }
}

/**
 * Called by openDatabase, synchronously, before an older schema is migrated: a VACUUM INTO copy
 * of the not-yet-migrated file, verified. A failure throws, which stops the migration: the file
 * is never upgraded without a way back.
 */
export function backupBeforeMigration(db: Database.Database, ledgerPath: string, fromVersion: number): void {
  writeBackupSync(db, ledgerPath, {
    kind: 'before-migration',
    appVersion: `schema-${fromVersion}`,
  });
}
