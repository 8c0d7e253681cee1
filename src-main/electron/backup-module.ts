// Loads the backup module's hooks if src-main/backup/index.ts exists. import.meta.glob resolves
// at build time to {} when the file is absent, so the shell builds and runs before (and after)
// the backup module lands; a missing function just disables its menu item.
import { backupHooksFrom, type BackupHooks } from './backup-hooks';

declare global {
  interface ImportMeta {
    // Vite's build-time glob (typed in vite/client, which the node tsconfig does not load).
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
  }
}

export function loadBackupHooks(): BackupHooks {
  const modules = import.meta.glob<Record<string, unknown>>('../backup/index.ts', { eager: true });
  return backupHooksFrom(Object.values(modules)[0]);
}
