// W7 backup: the backup module's own writeBackup on the big ledger, as a manual backup does it
// (SQLite online backup via db.backup() in steps of DEFAULT_PAGES_PER_STEP pages while the
// connection stays open, made self-contained, then verified: integrity_check, the hash chain,
// the file's sha256). The verification here runs in this thread (the app runs it in a worker).
// Baselines: a plain file copy of the (checkpointed) ledger; PRAGMA integrity_check plus a raw
// hash walk of the rows with no event objects built, plus the file's sha256.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBackup } from '../src-main/backup/backup-file';
import { openSqliteLedger } from '../src-main/storage/sqlite/sqlite-ledger-storage';
import { baselineVerify } from './baseline';
import { now, tempDir } from './lib';

export async function w7(p: { fixture: string; reps: number }): Promise<Record<string, number[]>> {
  const total: number[] = [];
  const backup: number[] = [];
  const verify: number[] = [];
  const copy: number[] = [];
  const rawVerify: number[] = [];
  const storage = openSqliteLedger(p.fixture, { create: false, catchUp: false });
  try {
    for (let r = 0; r < p.reps; r++) {
      const tmp = tempDir();
      try {
        const t = now();
        const written = await writeBackup(storage, p.fixture, {
          kind: 'manual',
          dir: tmp.dir,
          appVersion: 'bench',
        });
        total.push(now() - t);
        if (written.record.verified !== 'ok') throw new Error(`W7: ${written.record.verifyMessage}`);
        backup.push(written.record.timings?.copyMs ?? NaN);
        verify.push(written.record.timings?.verifyMs ?? NaN);
        const c = now();
        copyFileSync(p.fixture, join(tmp.dir, 'copy.sqlite'));
        copy.push(now() - c);
        rawVerify.push(baselineVerify(written.info.file));
      } finally {
        tmp.cleanup();
      }
    }
  } finally {
    storage.close();
  }
  return { total, backup, verify, copy, rawVerify };
}
