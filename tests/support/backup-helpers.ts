// Helpers for the backup, restore and export/import tests: file fingerprints, damaged copies of
// a backup (truncated, a flipped byte inside an event, foreign database, garbage, newer schema),
// and a file-ops wrapper that fails like a full or read-only disk.
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import type { FileOps } from '../../src-main/backup/file-ops';
import { nodeFileOps } from '../../src-main/backup/file-ops';

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Folds the WAL into the main file so its bytes are the whole ledger. */
export function checkpoint(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Files in `dir` whose name ends in .sqlite (what a user would take for a backup). */
export const sqliteFiles = (dir: string) => safeList(dir).filter((n) => n.endsWith('.sqlite'));

export function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export type Damage = 'truncated' | 'flipped-event-byte' | 'not-a-ledger' | 'garbage' | 'newer-schema';

/** Writes a damaged copy of the (valid, self-contained) backup `good` to `out`. */
export function damagedCopy(good: string, out: string, kind: Damage): void {
  switch (kind) {
    case 'truncated':
      copyFileSync(good, out);
      truncateSync(out, Math.floor(statSync(out).size / 2));
      return;
    case 'flipped-event-byte': {
      // Change one digit of an amount inside a stored event's data: SQLite's structure stays valid,
      // only the hash chain can tell.
      const db = new Database(good, { readonly: true });
      const data = db
        .prepare(`SELECT data FROM events WHERE data LIKE '%"minor":%' LIMIT 1 OFFSET 5`)
        .pluck()
        .get() as string;
      db.close();
      const bytes = readFileSync(good);
      const needle = Buffer.from(data);
      const digitAt = data.indexOf('"minor":') + '"minor":'.length;
      let found = 0;
      for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + 1)) {
        const at = i + Buffer.byteLength(data.slice(0, digitAt));
        bytes[at] = bytes[at] === 0x39 ? 0x31 : bytes[at]! + 1; // '9' → '1', else next digit
        found++;
      }
      if (found === 0) throw new Error('event data not found in the file');
      writeFileSync(out, bytes);
      return;
    }
    case 'not-a-ledger': {
      const db = new Database(out);
      db.exec(
        `CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')`,
      );
      db.close();
      return;
    }
    case 'garbage':
      writeFileSync(out, randomBytes(64 * 1024));
      return;
    case 'newer-schema': {
      copyFileSync(good, out);
      const db = new Database(out);
      db.pragma('user_version = 999');
      db.close();
      return;
    }
  }
}

/** File ops that fail with `code` on the operations named in `on` (after `after` successful calls). */
export function failingOps(code: string, on: ReadonlyArray<keyof FileOps>, after = 0): FileOps {
  let calls = 0;
  const wrap =
    <K extends keyof FileOps>(k: K) =>
    (...args: Parameters<FileOps[K]>) => {
      if (on.includes(k) && calls++ >= after) {
        throw Object.assign(new Error(`${code}: simulated failure in ${k}`), { code });
      }
      return (nodeFileOps[k] as (...a: Parameters<FileOps[K]>) => void)(...args);
    };
  return {
    mkdir: wrap('mkdir'),
    writeFile: wrap('writeFile'),
    copyFile: wrap('copyFile'),
    rename: wrap('rename'),
    unlink: wrap('unlink'),
    fsync: wrap('fsync'),
  };
}
