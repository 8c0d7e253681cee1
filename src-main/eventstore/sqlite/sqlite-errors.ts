// Maps SQLite's error codes to the typed file errors the user sees. One place, so the CLI's
// exit code 4 and the app's startup dialog say the same thing for the same problem.
import { LedgerError } from '../../../src-shared/errors';

export function fileError(reason: string, path: string, detail?: string): LedgerError {
  const messages: Record<string, string> = {
    file_corrupt: `The ledger file ${path} is damaged or is not a SQLite database`,
    not_a_ledger: `${path} is a database, but not a ledger file`,
    schema_mismatch: `${path} is not a ledger this app wrote: its schema differs`,
    file_locked: `The ledger file ${path} is locked by another program; close it and try again`,
    file_readonly: `The ledger file ${path} is read-only; check its permissions`,
    schema_newer: `The ledger file ${path} was written by a newer version of this app; update the app to open it`,
    disk_full: `The disk holding ${path} is full; nothing was written`,
    file_missing: `There is no ledger file at ${path}`,
    io_error: `Could not read or write ${path}`,
  };
  const base = messages[reason] ?? `Problem with the ledger file ${path}`;
  return new LedgerError('io', detail ? `${base} (${detail})` : base, reason, { path });
}

/** Converts a better-sqlite3 SqliteError (or fs error) to a LedgerError; passes others through. */
export function mapSqliteError(e: unknown, path: string): unknown {
  if (e instanceof LedgerError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return e;
  const reason = reasonFor(code);
  return reason ? fileError(reason, path, code) : e;
}

function reasonFor(code: string): string | null {
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'file_corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'file_locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return 'file_readonly';
  // SHMSIZE: the WAL index (-shm) beside the file could not be grown, which on a full disk is
  // the first thing even a read-only open of a WAL ledger needs.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_SHMSIZE') return 'disk_full';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT') return 'file_missing';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io_error';
  return null;
}
