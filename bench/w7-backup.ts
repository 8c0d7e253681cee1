// W7 backup: an online backup of the big ledger with better-sqlite3's db.backup() (SQLite's
// backup API, while the connection stays open), then the copy's verification: opened read-only
// as a ledger and its hash chain walked with store.verify(). Measured directly because the
// backup service (src-main/backup) is still being written. Baselines: a plain file copy of the
// (checkpointed) ledger, and a raw hash walk of the rows with no event objects built.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src-main/eventstore/open-store';
import { baselineVerify } from './baseline';
import { now, tempDir } from './lib';

export async function w7(p: { fixture: string; reps: number }): Promise<Record<string, number[]>> {
  const backup: number[] = [];
  const verify: number[] = [];
  const copy: number[] = [];
  const rawVerify: number[] = [];
  const { db } = openStore(p.fixture, { create: false });
  try {
    for (let r = 0; r < p.reps; r++) {
      const tmp = tempDir();
      try {
        const dest = join(tmp.dir, 'backup.sqlite');
        let t = now();
        await db.backup(dest);
        backup.push(now() - t);
        const b = openStore(dest, { create: false, readonly: true });
        t = now();
        const report = b.store.verify();
        verify.push(now() - t);
        b.db.close();
        if (!report.ok) throw new Error(`W7: ${report.message}`);
        t = now();
        copyFileSync(p.fixture, join(tmp.dir, 'copy.sqlite'));
        copy.push(now() - t);
        rawVerify.push(baselineVerify(dest));
      } finally {
        tmp.cleanup();
      }
    }
  } finally {
    db.close();
  }
  return { backup, verify, copy, rawVerify };
}
