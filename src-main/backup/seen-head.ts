// Rollback detection: the last head (position and hash) this app saw in a ledger is also kept
// outside the file, in its backup folder (`backups/NAME.last-head.json`). A file truncated, or
// replaced by an older copy, carries its own (older) facts, so only a record elsewhere can tell:
// on open, a log that no longer contains the remembered head is reported with the positions it
// lost and the newest backup that still has them; writes are refused until the user restores.
// A restore or an import moves the record to the head it installed (a rollback the user chose).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { EventStore, LogHead } from '../eventstore/types';
import { backupDir } from './backup-name';
import { listBackupsIn } from './list-backups';
import { randomTag } from './file-ops';

export interface SeenHead extends LogHead {
  seenAt: string;
}

export interface RollbackFinding {
  /** The log lost these positions (or they now hold other events). */
  missing: { from: number; to: number };
  seen: SeenHead;
  /** The newest backup with at least the remembered head's position, if any. */
  backup: { file: string; name: string; headPosition: number } | null;
  message: string;
}

export const seenHeadPath = (ledgerPath: string) =>
  join(backupDir(resolve(ledgerPath)), `${basename(ledgerPath)}.last-head.json`);

export function readSeenHead(ledgerPath: string): SeenHead | null {
  try {
    const v = JSON.parse(readFileSync(seenHeadPath(ledgerPath), 'utf8')) as Partial<SeenHead>;
    if (typeof v.position !== 'number' || !Number.isSafeInteger(v.position) || v.position < 0) return null;
    if (typeof v.hash !== 'string') return null;
    return { position: v.position, hash: v.hash, seenAt: String(v.seenAt ?? '') };
  } catch {
    return null;
  }
}

/** Records `head` as the last one seen (atomically: temp file + rename); best effort. */
export function writeSeenHead(ledgerPath: string, head: LogHead | null): void {
  const h = head ?? { position: 0, hash: '' };
  const seen = readSeenHead(ledgerPath);
  if (seen && seen.position === h.position && seen.hash === h.hash) return;
  const file = seenHeadPath(ledgerPath);
  const tmp = join(backupDir(resolve(ledgerPath)), `.${basename(file)}.partial-${randomTag()}`);
  try {
    mkdirSync(backupDir(resolve(ledgerPath)), { recursive: true });
    writeFileSync(
      tmp,
      JSON.stringify({ position: h.position, hash: h.hash, seenAt: new Date().toISOString() }),
    );
    renameSync(tmp, file);
  } catch {
    /* a read-only folder: no record, no detection there */
  }
}

/** Whether the log still contains the head this app last saw; null when it does (or none seen). */
export function findRollback(
  ledgerPath: string,
  store: Pick<EventStore, 'headPosition' | 'recordAt'>,
): RollbackFinding | null {
  const seen = readSeenHead(ledgerPath);
  if (!seen || seen.position === 0) return null;
  const head = store.headPosition();
  let from: number;
  if (head < seen.position) from = head + 1;
  else {
    const at = store.recordAt(seen.position);
    if (at && at.hash === seen.hash) return null;
    from = seen.position; // the position exists but holds another event: another history
  }
  const missing = { from, to: seen.position };
  const backup =
    listBackupsIn(backupDir(resolve(ledgerPath)), ledgerPath).find(
      (b) => b.headPosition >= seen.position && b.verified !== 'failed',
    ) ?? null;
  const lost =
    head < seen.position
      ? `its log ends at position ${head}, but this app saw it up to position ${seen.position}${seen.seenAt ? ` (${seen.seenAt})` : ''}: positions ${from}–${seen.position} are missing`
      : `the event at position ${seen.position} is not the one this app saw there${seen.seenAt ? ` (${seen.seenAt})` : ''}: the file holds another history from position ${from} at the latest`;
  const offer = backup
    ? ` The newest backup that has them: ${backup.name} (ledger restore ${backup.name}).`
    : ' No backup in the backup folder has them.';
  return {
    missing,
    seen,
    backup: backup && { file: backup.file, name: backup.name, headPosition: backup.headPosition },
    message: `The ledger was rolled back or replaced by an older copy: ${lost}.${offer}`,
  };
}
