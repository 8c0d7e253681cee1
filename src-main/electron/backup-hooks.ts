// What the shell needs from the backup module (src-main/backup): a narrow interface, so the shell
// and its tests depend on four functions, not the module. A missing function disables its item.
import type { Ledger } from '../ledger';

export interface BackupHooks {
  /** Write the whole event log of `ledger` to `file` (Export Events…). */
  exportEvents?: (ledger: Ledger, file: string) => Promise<unknown>;
  /** Create a new ledger at `targetPath` from an exported event log (Import Events…). */
  importEvents?: (targetPath: string, file: string) => Promise<unknown>;
  /** Restore `backupFile` over a ledger that cannot be opened, keeping the old file aside. */
  restoreFile?: (targetPath: string, backupFile: string) => Promise<unknown>;
  /** Where the backups of `ledgerPath` are kept (the restore picker starts there). */
  backupDir?: (ledgerPath: string) => string;
}

/** Picks the hook functions out of whatever the backup module exports, checking each is a function. */
export function backupHooksFrom(mod: Record<string, unknown> | null | undefined): BackupHooks {
  if (!mod) return {};
  const fn = <K extends keyof BackupHooks>(key: K): BackupHooks[K] | undefined =>
    typeof mod[key] === 'function' ? (mod[key] as BackupHooks[K]) : undefined;
  const hooks: BackupHooks = {};
  const exportEvents = fn('exportEvents');
  const importEvents = fn('importEvents');
  const restoreFile = fn('restoreFile');
  const backupDir = fn('backupDir');
  if (exportEvents) hooks.exportEvents = exportEvents;
  if (importEvents) hooks.importEvents = importEvents;
  if (restoreFile) hooks.restoreFile = restoreFile;
  if (backupDir) hooks.backupDir = backupDir;
  return hooks;
}
