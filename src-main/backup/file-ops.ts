// The few file operations backups and restores need, durable (fsync of file and folder) and
// behind one small interface so tests can inject a full or read-only disk, which chmod cannot
// simulate for root.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { LedgerError } from '../../src-shared/errors';

export interface FileOps {
  mkdir(dir: string): void;
  writeFile(path: string, data: string): void;
  copyFile(from: string, to: string): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** fsync a file's data, or a folder's entries (so a rename survives a power cut). */
  fsync(path: string): void;
}

export const nodeFileOps: FileOps = {
  mkdir: (dir) => void mkdirSync(dir, { recursive: true }),
  writeFile: (path, data) => writeFileSync(path, data, { flag: 'wx' }),
  copyFile: (from, to) => copyFileSync(from, to),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
  fsync: (path) => {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } catch (e) {
      // Some file systems refuse fsync on a folder (EINVAL/EISDIR/EPERM): nothing more we can do there.
      const code = (e as { code?: string }).code;
      if (!(code === 'EINVAL' || code === 'EISDIR' || code === 'EPERM' || code === 'EBADF')) throw e;
    } finally {
      closeSync(fd);
    }
  },
};

export const randomTag = () => randomBytes(4).toString('hex');

/** Removes a file if it is there; never throws (used on cleanup paths). */
export function removeQuietly(ops: FileOps, path: string): void {
  try {
    if (existsSync(path)) ops.unlink(path);
  } catch {
    /* cleanup is best effort; the caller reports the original error */
  }
}

export const fileSize = (path: string): number => statSync(path).size;

const messages: Record<string, (p: string) => string> = {
  file_readonly: (p) => `Cannot write to ${p}: the folder or disk is read-only`,
  disk_full: (p) => `Cannot write to ${p}: the disk is full`,
  not_a_directory: (p) => `Cannot write to ${p}: part of the path is a file, not a folder`,
  file_missing: (p) => `${p} does not exist`,
  io_error: (p) => `Could not read or write ${p}`,
};

function reasonOf(code: string): string {
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY'))
    return 'file_readonly';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'disk_full';
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') return 'not_a_directory';
  if (code === 'ENOENT' || code.startsWith('SQLITE_CANTOPEN')) return 'file_missing';
  return 'io_error';
}

/** Turns an fs/SQLite error met while writing `path` into a LedgerError 'io' with a reason. */
export function writeError(e: unknown, path: string, what = 'the backup'): LedgerError {
  if (e instanceof LedgerError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? reasonOf(code) : 'io_error';
  const detail = e instanceof Error ? e.message : String(e);
  return new LedgerError('io', `${messages[reason]!(path)} while writing ${what} (${detail})`, reason, {
    path,
    ...(typeof code === 'string' ? { errno: code } : {}),
  });
}
