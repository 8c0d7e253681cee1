// Restore a backup over a ledger file that cannot be opened (so the ledger's own restoreBackup
// is unavailable). Used only when the backup module offers no restore of its own. The current
// file and its WAL/SHM companions are renamed aside first, never deleted: a stale WAL applied to
// the restored file would corrupt it, and the user may still want the old file.
import { access, copyFile, rename } from 'node:fs/promises';

const COMPANIONS = ['', '-wal', '-shm'];

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

export function asideName(file: string, now: Date = new Date()): string {
  return `${file}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Returns where the previous file was kept (null if there was none). */
export async function restoreFileOffline(
  targetPath: string,
  backupFile: string,
  now: Date = new Date(),
): Promise<{ keptAs: string | null }> {
  if (!(await exists(backupFile))) throw new Error(`Backup file not found: ${backupFile}`);
  // Copy next to the target first so the final step is one atomic rename on the same disk.
  const staged = `${targetPath}.restoring-${process.pid}`;
  await copyFile(backupFile, staged);
  const aside = asideName(targetPath, now);
  let keptAs: string | null = null;
  for (const suffix of COMPANIONS) {
    if (await exists(targetPath + suffix)) {
      await rename(targetPath + suffix, aside + suffix);
      if (suffix === '') keptAs = aside;
    }
  }
  await rename(staged, targetPath);
  return { keptAs };
}
