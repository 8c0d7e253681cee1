// Backup file names carry what a listing needs even without opening the file: the ledger's name,
// the UTC date-time of the copy, the global position it holds and why it was taken, e.g.
// `ledger-2026-11-29T10-15-02Z-pos000123-manual.sqlite`. Colons are left out: Windows forbids them.
import { basename, dirname, extname, join } from 'node:path';
import type { BackupInfo } from '../../src-shared/contract';

export type BackupKind = BackupInfo['kind'];
export const BACKUP_KINDS: readonly BackupKind[] = [
  'manual',
  'auto',
  'before-migration',
  'before-restore',
  'on-quit',
];

export const BACKUP_DIR_NAME = 'backups';
export const BACKUP_EXT = '.sqlite';
/** The verification record written next to each backup (see sidecar.ts). */
export const SIDECAR_EXT = '.json';

/** The default backup folder: `backups/` next to the ledger file. */
export function backupDir(ledgerPath: string): string {
  return join(dirname(ledgerPath), BACKUP_DIR_NAME);
}

/** The ledger file's name without extension, reduced to characters safe on every file system. */
export function ledgerStem(ledgerPath: string): string {
  const stem = basename(ledgerPath, extname(ledgerPath)).replace(/[^A-Za-z0-9_.-]+/g, '_');
  return stem.length > 0 ? stem : 'ledger';
}

export function formatStamp(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/:/g, '-') + 'Z';
}

export function formatBackupName(
  stem: string,
  at: Date,
  position: number,
  kind: BackupKind,
  attempt = 0,
): string {
  const pos = String(position).padStart(6, '0');
  // The counter only appears when two backups of one kind hold the same position in one second.
  return `${stem}-${formatStamp(at)}-pos${pos}-${kind}${attempt > 0 ? `-${attempt}` : ''}${BACKUP_EXT}`;
}

export interface ParsedBackupName {
  stem: string;
  createdAt: Date;
  headPosition: number;
  kind: BackupKind;
}

const NAME_RE = new RegExp(
  `^(.+)-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z-pos(\\d+)-(${BACKUP_KINDS.join('|')})(?:-\\d+)?\\.sqlite$`,
);

/** Reads a backup file name back; null for any other file (which list and rotation then ignore). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { stem: m[1]!, createdAt, headPosition: Number(m[6]), kind: m[7] as BackupKind };
}
