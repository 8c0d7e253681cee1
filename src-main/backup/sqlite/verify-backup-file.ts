// Checks a backup (or any file offered for restore) without changing it: opened read-only, the
// SQLite header and size, that it is a ledger of a schema this app can read, PRAGMA
// integrity_check, the hash chain, and optionally that it holds exactly the expected log prefix.
import type Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { connect } from '../../eventstore/sqlite/open-database';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../../eventstore/sqlite/migrations';
import { firstSchemaDifference } from '../../eventstore/sqlite/schema-check';
import { SqliteEventStore } from '../../eventstore/sqlite/sqlite-event-store';
import { RuleReplay } from '../replay-rules';
import {
  readFacts,
  type BackupFacts,
  type ExpectedFacts,
  type VerifyFailure,
  type VerifyResult,
} from '../facts';

export type { BackupFacts, ExpectedFacts, VerifyFailure, VerifyResult } from '../facts';

const SQLITE_HEADER = 'SQLite format 3\0';

const fail = (reason: VerifyFailure, message: string, facts: BackupFacts | null = null): VerifyResult => ({
  ok: false,
  reason,
  message,
  facts,
});

/** Cheap checks on the raw bytes: SQLite header, and a size that holds every page the header counts. */
export function checkRawFile(path: string): VerifyResult | null {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return fail('not_a_ledger', `${path} is not a regular file`);
    size = st.size;
  } catch {
    return fail('file_missing', `There is no file at ${path}`);
  }
  if (size < 100) return fail('file_corrupt', `${path} is not a SQLite database (only ${size} bytes)`);
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_HEADER)
    return fail('file_corrupt', `${path} is not a SQLite database (no SQLite header)`);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The in-header page count is valid when the change counter matches "version-valid-for".
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countValid && pageCount > 0 && size < pageCount * pageSize) {
    return fail(
      'file_truncated',
      `${path} is truncated: ${size} bytes, but its header counts ${pageCount} pages of ${pageSize} bytes`,
    );
  }
  return null;
}

/**
 * Verifies a backup file read-only. The file must not be in WAL mode (backups are converted to a
 * rollback journal before this runs), or SQLite would create -wal/-shm files next to it.
 */
export interface VerifyFileOptions {
  /**
   * Replay every event through the domain's rules and the invariants across streams (a transfer
   * has both sides), as an import does: for a file from outside offered for restore. A fresh
   * backup of this ledger is a byte copy of a log the rules already wrote, and skips it.
   */
  rules?: boolean;
}

export function verifyBackupFile(
  path: string,
  expected?: ExpectedFacts,
  options: VerifyFileOptions = {},
): VerifyResult {
  const raw = checkRawFile(path);
  if (raw) return raw;
  let db: Database.Database | null = null;
  try {
    db = connect(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID)
      return fail('not_a_ledger', `${path} is a SQLite database, but not a ledger`);
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return fail(
        'schema_newer',
        `${path} was written by a newer version of this app (schema ${schemaVersion}; this app reads up to ${LATEST_SCHEMA_VERSION})`,
      );
    }
    const hasEvents = db
      .prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('events', 'snapshots')`)
      .pluck()
      .get() as number;
    if (hasEvents !== 2) return fail('not_a_ledger', `${path} has no event log`);
    const difference = firstSchemaDifference(db, schemaVersion);
    if (difference)
      return fail('schema_mismatch', `${path} is not a ledger this app wrote: ${difference.message}`);

    const problems = db.prepare('PRAGMA integrity_check(10)').pluck().all() as string[];
    if (problems.length !== 1 || problems[0] !== 'ok')
      return fail('integrity_failed', `${path} failed the SQLite integrity check: ${problems.join('; ')}`);

    const store = new SqliteEventStore(db);
    const facts: BackupFacts = { ...readFacts(store), schemaVersion };
    const chain = store.verify();
    if (!chain.ok) return fail('chain_broken', `${path}: the hash chain is broken: ${chain.message}`, facts);
    if (facts.eventCount !== facts.headPosition || chain.checked !== facts.eventCount)
      return fail('chain_broken', `${path}: the log has gaps`, facts);
    if (options.rules) {
      const replay = new RuleReplay();
      for (const e of store.readAll(0)) {
        const broken = replay.check(e);
        if (broken)
          return fail(
            'rules_broken',
            `${path}: ${e.eventType} at position ${e.position} breaks the ledger's rules: ${broken}`,
            facts,
          );
      }
      const unpaired = replay.finish();
      if (unpaired) return fail('rules_broken', `${path}: ${unpaired.message}`, facts);
    }

    if (expected) {
      const same =
        expected.eventCount === facts.eventCount &&
        expected.headPosition === facts.headPosition &&
        expected.headHash === facts.headHash;
      if (!same) {
        return fail(
          'mismatch',
          `${path} holds ${facts.eventCount} events up to position ${facts.headPosition}, but the ledger had ` +
            `${expected.eventCount} up to ${expected.headPosition} when it was copied`,
          facts,
        );
      }
    }
    return {
      ok: true,
      facts,
      message: `Integrity ok; ${facts.eventCount} events, hash chain verified up to position ${facts.headPosition}`,
    };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const message = e instanceof Error ? e.message : String(e);
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
      return fail('file_corrupt', `${path} is damaged: ${message}`);
    return fail('file_corrupt', `${path} could not be read as a ledger: ${message}`);
  } finally {
    db?.close();
  }
}

/**
 * Switches a freshly written copy from WAL to a rollback journal, so it is one self-contained
 * file that opens read-only without creating -wal/-shm files. Only ever run on our own copies.
 */
export function makeSelfContained(path: string): void {
  const db = connect(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
