// Opens a ledger file safely: every check that can refuse the file runs before anything is
// written, so a corrupt, foreign, locked, read-only or newer file is left exactly as it was.
import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  statSync,
  accessSync,
  constants,
  mkdirSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { firstSchemaDifference } from './schema-check';
import { fileError, mapSqliteError } from './sqlite-errors';

export interface OpenDatabaseOptions {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  readonly?: boolean;
  /** Path of a better-sqlite3 .node built for another ABI (Electron). */
  nativeBinding?: string;
  /** Called with the file path before an older schema is migrated: take a backup there. */
  beforeMigrate?: (db: Database.Database, path: string, fromVersion: number) => void;
  /** ms to wait for another connection's write lock (default 5000). */
  busyTimeoutMs?: number;
  /** synchronous=FULL (default) or NORMAL in WAL mode; see README "Durability". */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * The ledger's own file, not one from outside: a view in place of a projection table passes
   * the schema check (the projector recreates the table from the log). See schema-check.ts.
   */
  repairableProjections?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** The better-sqlite3 binary for this thread's connections; see setNativeBinding. */
let nativeBindingOfThread: string | undefined;

/**
 * Names the better-sqlite3 .node file every connection of this thread loads (an unpackaged
 * Electron run needs the Electron-ABI build; Node uses node_modules' own when unset). Set
 * explicitly by the entry point of each thread (the Electron main process from its startup
 * options, a worker from its workerData), never from the environment: a packaged app must not
 * load a native module an environment variable points at.
 */
export function setNativeBinding(path: string | undefined): void {
  nativeBindingOfThread = path;
}

/** What setNativeBinding named for this thread: a worker started from here is handed the same. */
export function threadNativeBinding(): string | undefined {
  return nativeBindingOfThread;
}

/** Every connection of the app goes through here, so each loads the thread's native binding. */
export function connect(path: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = options.nativeBinding ?? nativeBindingOfThread;
  return new Database(path, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
}

export function openDatabase(path: string, opts: OpenDatabaseOptions = {}): Database.Database {
  const create = opts.create ?? true;
  const exists = existsSync(path);
  if (!exists && (!create || opts.readonly)) throw fileError('file_missing', path);
  if (exists) precheckFile(path, !!opts.readonly);
  else mkdirSync(dirname(path), { recursive: true });

  let db: Database.Database;
  try {
    db = connect(path, {
      readonly: !!opts.readonly,
      fileMustExist: exists,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (e) {
    throw mapSqliteError(e, path);
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (appId === 0 && userVersion === 0) {
      const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
      if (tables.n > 0) throw fileError('not_a_ledger', path);
    } else if (appId !== APPLICATION_ID) {
      throw fileError('not_a_ledger', path);
    }
    if (userVersion > LATEST_SCHEMA_VERSION) {
      throw fileError(
        'schema_newer',
        path,
        `file schema ${userVersion}, this app knows up to ${LATEST_SCHEMA_VERSION}`,
      );
    }
    const difference = firstSchemaDifference(db, userVersion, {
      repairableProjections: opts.repairableProjections === true,
    });
    if (difference) throw fileError('schema_mismatch', path, difference.message);
    if (!opts.readonly) {
      // WAL: readers never block the writer, and a crash never leaves a half-written commit.
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${opts.synchronous ?? 'FULL'}`);
      db.pragma('foreign_keys = ON');
      if (userVersion < LATEST_SCHEMA_VERSION) {
        if (userVersion > 0) opts.beforeMigrate?.(db, path, userVersion);
        migrate(db, userVersion);
      }
    } else if (userVersion < LATEST_SCHEMA_VERSION) {
      throw fileError(
        'file_readonly',
        path,
        'the file needs a schema upgrade, which cannot be done read-only',
      );
    }
    return db;
  } catch (e) {
    db.close();
    throw mapSqliteError(e, path);
  }
}

function migrate(db: Database.Database, from: number): void {
  // BEGIN IMMEDIATE takes the write lock first: two processes cannot both migrate.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = Math.max(from, current); v < LATEST_SCHEMA_VERSION; v++) migrations[v]!(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  }).immediate();
}

/** Cheap checks on the raw file, before SQLite sees it (SQLite would otherwise create a WAL). */
function precheckFile(path: string, readonly: boolean): void {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw fileError('not_a_ledger', path, 'not a regular file');
    accessSync(path, readonly ? constants.R_OK : constants.R_OK | constants.W_OK);
    // root passes access(W_OK) on any file: honour the owner's "read-only" bits all the same.
    if (!readonly && (st.mode & 0o200) === 0) throw fileError('file_readonly', path);
    if (st.size === 0) return; // an empty file is a new ledger
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(16);
      readSync(fd, buf, 0, 16, 0);
      if (buf.toString('latin1') !== SQLITE_HEADER) throw fileError('file_corrupt', path, 'no SQLite header');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw mapSqliteError(e, path);
  }
}

/**
 * Probes for another process's write lock; throws file_locked. Waits as long as any write waits
 * (the connection's busy timeout, 5 s by default): another CLI run or the app committing a
 * command holds the lock for milliseconds, and a concurrent writer must queue, not fail.
 */
export function assertWritable(db: Database.Database, path: string, waitMs?: number): void {
  const previous = db.pragma('busy_timeout', { simple: true }) as number;
  if (waitMs !== undefined) db.pragma(`busy_timeout = ${waitMs}`);
  try {
    db.exec('BEGIN IMMEDIATE; ROLLBACK;');
  } catch (e) {
    throw mapSqliteError(e, path);
  } finally {
    if (waitMs !== undefined) db.pragma(`busy_timeout = ${previous}`);
  }
}
