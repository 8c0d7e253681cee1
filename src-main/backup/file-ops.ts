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
  readdirSync,
} from 'node:fs';
import { join } from 'node:path';
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

function reasonOf(code: string, path: string): string {
  // SQLite cannot create a file in a folder that exists: a permission or read-only problem.
  if (code.startsWith('SQLITE_CANTOPEN') && existsSync(path)) return 'file_readonly';
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
  const reason = typeof code === 'string' ? reasonOf(code, path) : 'io_error';
  const detail = e instanceof Error ? e.message : String(e);
  return new LedgerError('io', `${messages[reason]!(path)} while writing ${what} (${detail})`, reason, {
    path,
    ...(typeof code === 'string' ? { errno: code } : {}),
  });
}

/** Our temporary files: hidden, with a random 8-hex-digit tag (see backup-name.ts, restore.ts, import). */
const TEMPORARY = /^\..+\.(partial|restore|import)-[0-9a-f]{8}(-wal|-shm|-journal)?$/;

/**
 * Removes temporary files a crash left behind. Only old ones: a younger one may belong to a
 * backup another process (the CLI, say) is writing right now.
 */
export function removeStaleTemporaries(
  dirs: readonly string[],
  olderThanMs: number,
  now = Date.now(),
): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMPORARY.test(name)) continue;
      const file = join(dir, name);
      try {
        if (now - statSync(file).mtimeMs < olderThanMs) continue;
        unlinkSync(file);
        removed.push(file);
      } catch {
        /* gone already, or not ours to remove */
      }
    }
  }
  return removed;
}
