// The ledger in one SQLite file: the event log, the projections' tables and ledger_meta share a
// connection, so a command's append and its projection rows commit in one SQLite transaction.
import type Database from 'better-sqlite3';
import { assertWritable } from '../../eventstore/sqlite/open-database';
import { openStore } from '../../eventstore/sqlite/open-store';
import type { OpenDatabaseOptions } from '../../eventstore/sqlite/open-database';
import { mapSqliteError } from '../../eventstore/sqlite/sqlite-errors';
import type { SqliteEventStore } from '../../eventstore/sqlite/sqlite-event-store';
import { Projector } from '../../projections/sqlite/projector';
import { SqliteReadModel } from '../../projections/sqlite/queries';
import type { LedgerStorage, MetaStore } from '../ledger-storage';
import { sqliteMeta } from './sqlite-meta';

export interface SqliteLedgerStorage extends LedgerStorage {
  /** The connection itself: only SQLite-specific code (and tests of it) reaches for it. */
  readonly db: Database.Database;
  readonly store: SqliteEventStore;
  readonly projections: Projector;
}

export interface OpenSqliteLedgerOptions extends OpenDatabaseOptions {
  /** Check first that no other program holds the write lock (default true). */
  requireWritable?: boolean;
  /** Create missing projections and catch every one up before returning (default true). */
  catchUp?: boolean;
}

/** Opens the file, checks it can be written, and brings the projections up to the head. */
export function openSqliteLedger(path: string, options: OpenSqliteLedgerOptions = {}): SqliteLedgerStorage {
  const { db, store } = openStore(path, options);
  try {
    if (options.requireWritable ?? true) assertWritable(db, path);
    const storage = sqliteLedgerStorage(path, db, store);
    if (options.catchUp ?? true) storage.projections.open();
    return storage;
  } catch (e) {
    db.close();
    throw mapSqliteError(e, path);
  }
}

export function sqliteLedgerStorage(
  path: string,
  db: Database.Database,
  store: SqliteEventStore,
): SqliteLedgerStorage {
  // Prepared on first use: the read model's tables exist once the projections were opened.
  let meta: MetaStore | null = null;
  let read: SqliteReadModel | null = null;
  return {
    path,
    db,
    store,
    projections: new Projector(db, store),
    get read() {
      return (read ??= new SqliteReadModel(db, store));
    },
    get meta() {
      return (meta ??= sqliteMeta(db));
    },
    schemaVersion: () => db.pragma('user_version', { simple: true }) as number,
    copyTo: async (dest, opts = {}) => {
      const pages = opts.pagesPerStep ?? DEFAULT_PAGES_PER_STEP;
      await db.backup(dest, { progress: () => pages });
    },
    checkpoint: () => {
      const r = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      return { busy: Boolean(r[0]?.busy) };
    },
    close: () => db.close(),
  };
}

/** 256 pages of 4 KiB: about 1 MiB per step of an online copy, a millisecond or two of blocking. */
export const DEFAULT_PAGES_PER_STEP = 256;
