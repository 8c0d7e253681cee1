// The verification record of a backup, kept as a small JSON file next to it
// (`<backup>.sqlite.json`) rather than in a table inside the backup: the backup stays a byte-exact
// copy of the ledger (nothing is written into it after it was verified, and a restore brings no
// foreign table back), `list` reads a few hundred bytes per backup instead of opening each
// database, and a missing or unreadable record simply shows the backup as unverified.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BACKUP_KINDS, SIDECAR_EXT } from './backup-name';
import { type FileOps, randomTag, removeQuietly } from './file-ops';
import { basename, dirname, join } from 'node:path';

export const SidecarSchema = z.object({
  format: z.literal('ledger-backup/1'),
  name: z.string(),
  kind: z.enum(BACKUP_KINDS as [string, ...string[]]),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  eventCount: z.number().int(),
  headPosition: z.number().int(),
  headHash: z.string().nullable(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  sourcePath: z.string(),
  verified: z.enum(['ok', 'failed', 'unverified']),
  verifyMessage: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verifiedIn: z.enum(['main', 'worker']).optional(),
  /** Why the verification ran in the main thread although a worker was meant to run it. */
  verifyFallback: z.string().optional(),
  timings: z.record(z.string(), z.number()).optional(),
});
export type Sidecar = z.infer<typeof SidecarSchema>;

export const sidecarPath = (backupFile: string) => backupFile + SIDECAR_EXT;

export function readSidecar(backupFile: string): Sidecar | null {
  try {
    const parsed = SidecarSchema.safeParse(JSON.parse(readFileSync(sidecarPath(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name, fsynced and renamed, so a record is never half-written. */
export function writeSidecar(ops: FileOps, backupFile: string, record: Sidecar): void {
  const target = sidecarPath(backupFile);
  const tmp = join(dirname(target), `.${basename(target)}.partial-${randomTag()}`);
  try {
    ops.writeFile(tmp, JSON.stringify(record, null, 2) + '\n');
    ops.fsync(tmp);
    ops.rename(tmp, target);
  } catch (e) {
    removeQuietly(ops, tmp);
    throw e;
  }
}
