// "Restore from Backup…" for a ledger that does not open: pick a backup, confirm, then restore
// with the backup module's restoreFile (or the offline fallback). Electron-free: dialogs are
// injected. Until the user confirms, nothing on disk changes.
import { basename, dirname } from 'node:path';
import type { BackupHooks } from './backup-hooks';
import { asideName, restoreFileOffline } from './offline-restore';

export interface RestoreFlowDeps {
  backup: BackupHooks;
  pickFile(defaultPath: string): Promise<string | null>;
  confirm(message: string, detail: string): Promise<boolean>;
  showError(title: string, error: unknown): Promise<void>;
}

export async function offlineRestoreFlow(targetPath: string, deps: RestoreFlowDeps): Promise<boolean> {
  const start = deps.backup.backupDir?.(targetPath) ?? dirname(targetPath);
  const backupFile = await deps.pickFile(start);
  if (!backupFile) return false;
  if (backupFile === targetPath) {
    await deps.showError(
      'Restore from Backup',
      new Error('Choose a backup file, not the ledger file itself.'),
    );
    return false;
  }
  const ok = await deps.confirm(
    `Replace “${basename(targetPath)}” with the backup “${basename(backupFile)}”?`,
    `The current file is kept, renamed to ${basename(asideName(targetPath))} (or as the backup module names it), so nothing is lost.`,
  );
  if (!ok) return false;
  try {
    if (deps.backup.restoreFile) await deps.backup.restoreFile(targetPath, backupFile);
    else await restoreFileOffline(targetPath, backupFile);
    return true;
  } catch (error) {
    await deps.showError('Restore failed', error);
    return false;
  }
}
