// Lists the backups of one ledger in its backup folder (newest first) from their names and
// verification records, and applies the rotation plan to them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../src-shared/contract';
import { ledgerStem, parseBackupName } from './backup-name';
import { type FileOps, nodeFileOps, removeQuietly } from './file-ops';
import { planRotation, type RotationPolicy } from './rotation';
import { infoFrom, sha256File } from './backup-file';
import { verifyBackupFile } from './sqlite/verify-backup-file';
import { readSidecar, sidecarPath } from './sidecar';

export interface ListedBackup extends BackupInfo {
  /** Hash of the last event, when the verification record has it. */
  headHash: string | null;
}

export function listBackupsIn(dir: string, ledgerPath: string): ListedBackup[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder yet: no backups
  }
  const stem = ledgerStem(ledgerPath);
  const out: ListedBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed || parsed.stem !== stem) continue;
    const file = join(dir, name);
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) continue;
      size = st.size;
    } catch {
      continue;
    }
    const record = readSidecar(file);
    if (record && record.name === name) {
      const info = infoFrom(file, record);
      // A file that changed after it was verified is not trusted any more.
      if (record.sizeBytes !== size) {
        info.verified = 'failed';
        info.verifyMessage = `The file changed after it was verified (${size} bytes, ${record.sizeBytes} when verified)`;
        info.sizeBytes = size;
      }
      out.push({ ...info, headHash: record.headHash });
    } else {
      out.push({
        file,
        name,
        kind: parsed.kind,
        createdAt: parsed.createdAt.toISOString(),
        sizeBytes: size,
        eventCount: parsed.headPosition,
        headPosition: parsed.headPosition,
        verified: 'unverified',
        verifyMessage: 'No verification record',
        headHash: null,
      });
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Deletes what the policy does not keep (with its record); returns the deleted files. */
export function applyRotation(
  dir: string,
  ledgerPath: string,
  policy: RotationPolicy,
  now: Date,
  ops: FileOps = nodeFileOps,
): string[] {
  const backups = listBackupsIn(dir, ledgerPath);
  const plan = planRotation(
    backups.map((b) => ({
      id: b.file,
      createdAt: Date.parse(b.createdAt),
      kind: b.kind,
      verified: b.verified === 'ok',
    })),
    policy,
    now.getTime(),
  );
  for (const file of plan.remove) {
    // The backup first, then its record: a crash in between leaves an orphan record, ignored.
    removeQuietly(ops, file);
    removeQuietly(ops, sidecarPath(file));
  }
  return plan.remove;
}

/**
 * Verifies a listed backup again, fully: the file's checksum against its record, then the
 * read-only checks against the facts recorded when it was written. Does not change the file.
 */
export function recheckBackup(b: ListedBackup): ListedBackup {
  const record = readSidecar(b.file);
  if (record && sha256File(b.file) !== record.sha256) {
    return {
      ...b,
      verified: 'failed',
      verifyMessage: 'The file changed after it was verified (checksum differs)',
    };
  }
  const result = verifyBackupFile(
    b.file,
    record
      ? { eventCount: record.eventCount, headPosition: record.headPosition, headHash: record.headHash }
      : undefined,
  );
  return result.ok
    ? { ...b, verified: record ? 'ok' : 'unverified', verifyMessage: result.message }
    : { ...b, verified: 'failed', verifyMessage: result.message };
}
