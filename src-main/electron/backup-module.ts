// The backup module's functions behind the menu's Export/Import/Restore items, typed against the
// shell's BackupHooks so a signature change there fails the typecheck here.
import { backupDir, exportEvents, importEvents, restoreFile } from '../backup/index';
import type { BackupHooks } from './backup-hooks';

export function loadBackupHooks(): BackupHooks {
  return { exportEvents, importEvents, restoreFile, backupDir };
}
