// Leftovers of killed backups, imports and restores (hidden `.NAME.partial-/import-/restore-TAG`
// files, full-size copies) are swept on every open of a ledger, CLI included, not only by the
// app's backup schedule. A temporary belongs to a live process only while that process has a
// ledger of the folder open (open-registry: backups and restores run inside an open Ledger,
// imports register their target), so the sweep runs only when no other live process has one
// open there, and leaves files younger than a minute alone (a process starting right now).
import { dirname, resolve } from 'node:path';
import { otherOpenersIn } from '../storage/open-registry';
import { backupDir } from './backup-name';
import { removeStaleTemporaries } from './file-ops';

export const SWEEP_MIN_AGE_MS = 60_000;

/** Removes unowned temporaries next to the ledger and in its backup folder; returns them. */
export function sweepLeftovers(ledgerPath: string, now = Date.now()): string[] {
  const dir = dirname(resolve(ledgerPath));
  if (otherOpenersIn(dir).length > 0) return [];
  return removeStaleTemporaries([dir, backupDir(resolve(ledgerPath))], SWEEP_MIN_AGE_MS, now);
}
