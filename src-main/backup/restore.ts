// Restore: the candidate is copied next to the ledger and verified there (so what was verified is
// exactly what gets installed, and a refused file never touches the ledger); the current ledger is
// kept as a 'before-restore' backup; then, with the connection checkpointed and closed, one atomic
// rename puts the new file in place. Crash analysis:
// - before the rename, the old file is complete and self-contained (checkpointed; its WAL is
//   empty or gone), the staged copy is a hidden temporary file;
// - the rename is atomic: afterwards the new file is complete (fsynced before);
// - the folder is fsynced after the rename so the new entry survives a power cut.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LedgerError } from '../../src-shared/errors';
import type { LedgerStorage } from '../storage/ledger-storage';
import { assertNotOpenElsewhere, registerOpen } from '../storage/open-registry';
import { writeSeenHead } from './seen-head';
import { formatStamp } from './backup-name';
import { type Verifier, verifyHere } from './verify-off-thread';
import { type FileOps, nodeFileOps, randomTag, removeQuietly, writeError } from './file-ops';
import { type BackupFacts, readFacts } from './facts';
import { checkRawFile, makeSelfContained } from './sqlite/verify-backup-file';

export interface StagedCopy {
  staged: string;
  facts: BackupFacts;
}

const refusal = (file: string, reason: string, message: string) =>
  new LedgerError(
    'io',
    `Cannot restore from ${file}: ${message}. The current ledger was not changed.`,
    reason,
    {
      path: file,
    },
  );

const companions = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Copies `source` to a hidden file in the ledger's folder and verifies the copy; throws a refusal. */
export async function stageVerifiedCopy(
  source: string,
  ledgerPath: string,
  ops: FileOps = nodeFileOps,
  verifier: Verifier = verifyHere,
): Promise<StagedCopy> {
  const src = resolve(source);
  if (!existsSync(src)) throw refusal(source, 'file_missing', 'there is no such file');
  if (src === resolve(ledgerPath)) throw refusal(source, 'same_file', 'this is the ledger file itself');
  const raw = checkRawFile(src);
  if (raw && !raw.ok) throw refusal(source, raw.reason, raw.message);

  const staged = join(dirname(resolve(ledgerPath)), `.${basename(ledgerPath)}.restore-${randomTag()}`);
  const discard = () => {
    removeQuietly(ops, staged);
    for (const c of companions(staged)) removeQuietly(ops, c);
  };
  try {
    ops.copyFile(src, staged);
  } catch (e) {
    discard();
    throw writeError(e, staged, 'the restored ledger');
  }
  try {
    try {
      makeSelfContained(staged);
    } catch (e) {
      throw refusal(source, 'file_corrupt', `it is not a readable SQLite database (${(e as Error).message})`);
    }
    // A file from outside: its log must also be one the rules could have written.
    const { result } = await verifier(staged, undefined, { rules: true });
    if (!result.ok) throw refusal(source, result.reason, result.message.replace(staged, 'the file'));
    ops.fsync(staged);
    return { staged, facts: result.facts };
  } catch (e) {
    discard();
    throw e instanceof LedgerError ? e : writeError(e, staged, 'the restored ledger');
  }
}

/**
 * Puts the staged file in place of the (closed) ledger. A WAL with content means another
 * connection still uses the file: refuse rather than lose its commits.
 */
export function swapIn(staged: string, ledgerPath: string, ops: FileOps, discardWal = false): void {
  const wal = `${ledgerPath}-wal`;
  if (!discardWal && existsSync(wal) && statSync(wal).size > 0) {
    throw new LedgerError(
      'io',
      `The ledger file ${ledgerPath} is still in use by another program; close it and try again`,
      'file_locked',
      { path: ledgerPath },
    );
  }
  // The old file is self-contained now: its -wal/-shm hold nothing it needs, and a stale WAL
  // must never be replayed onto the new file.
  for (const c of companions(ledgerPath)) if (existsSync(c)) ops.unlink(c);
  ops.rename(staged, ledgerPath);
  ops.fsync(dirname(resolve(ledgerPath)));
}

export interface OnlineRestoreHost {
  readonly path: string;
  storage(): LedgerStorage;
  withClosedDatabase<T>(fn: () => Promise<T> | T): Promise<T>;
  /**
   * Brings every projection in line with the restored log off the main thread (the Ledger uses
   * its rebuild worker) and returns those that differed; in this thread when absent.
   */
  reconcileProjections?(): Promise<string[]>;
}

export interface RestoreOptions {
  ops?: FileOps;
  /** Takes the 'before-restore' backup of the current ledger; returns its file and facts. */
  keepCurrent: () => Promise<{ file: string; headPosition: number; headHash: string | null }>;
  /** Verifies the offered file (in a worker thread, say); in this thread by default. */
  verifier?: Verifier;
  /** Compare projections with a fresh fold after reopening, rebuild on a difference (default true). */
  checkProjections?: boolean;
}

export interface RestoreResult {
  restoredFrom: string;
  keptAs: string;
  /** Projections that differed from the log after reopening and were rebuilt. */
  rebuiltProjections: string[];
}

/** Restores `file` over the open ledger of `host`. */
export async function restoreOnline(
  host: OnlineRestoreHost,
  file: string,
  opts: RestoreOptions,
): Promise<RestoreResult> {
  const ops = opts.ops ?? nodeFileOps;
  assertNotOpenElsewhere(host.path);
  const { staged, facts } = await stageVerifiedCopy(file, host.path, ops, opts.verifier);
  try {
    // Keep the current ledger first. The backup's continuation runs in the same turn as its last
    // copy step, so the check below normally passes at once; another process appending meanwhile
    // makes us take it again, so the kept copy is exactly what gets replaced.
    let kept = await opts.keepCurrent();
    for (let attempt = 1; !sameHead(readFacts(host.storage().store), kept); attempt++) {
      if (attempt >= 3)
        throw new LedgerError('conflict', 'The ledger keeps changing; try the restore again', 'ledger_busy');
      kept = await opts.keepCurrent();
    }
    // No await from here until the connection is closed: nothing can be appended in between.
    if (host.storage().checkpoint().busy) {
      throw new LedgerError(
        'io',
        `The ledger file ${host.path} is in use by another program; close it and try again`,
        'file_locked',
      );
    }
    assertNotOpenElsewhere(host.path);
    await host.withClosedDatabase(() => {
      swapIn(staged, host.path, ops);
      // The user chose this (older) log: it is the head to expect from now on.
      writeSeenHead(host.path, seenOf(facts));
    });
    const rebuiltProjections =
      opts.checkProjections === false
        ? []
        : host.reconcileProjections
          ? await host.reconcileProjections()
          : reconcileProjections(host);
    return { restoredFrom: resolve(file), keptAs: kept.file, rebuiltProjections };
  } finally {
    removeQuietly(ops, staged);
  }
}

const seenOf = (f: BackupFacts) =>
  f.headHash === null ? null : { position: f.headPosition, hash: f.headHash };

const sameHead = (a: { headPosition: number; headHash: string | null }, b: typeof a) =>
  a.headPosition === b.headPosition && a.headHash === b.headHash;

/**
 * The reopen already caught every projection up from its checkpoint (and recreated missing or
 * outdated ones). A restored file may still carry projection rows that disagree with its log
 * (e.g. written by a buggy version): compare with a fresh fold and rebuild those that differ.
 */
function reconcileProjections(host: OnlineRestoreHost): string[] {
  const projections = host.storage().projections;
  const { differences } = projections.rebuild({ dryRun: true });
  if (differences.length === 0) return [];
  const names = [...new Set(differences.map((d) => d.projection))];
  projections.rebuild({ projections: names as never });
  return names;
}

/**
 * Restore over a ledger that cannot be opened (the app's startup failure, `ledger restore` on a
 * damaged file). The damaged file and its WAL are copied aside first, never deleted.
 */
export async function restoreFile(
  targetPath: string,
  backupFile: string,
  options: { ops?: FileOps; now?: Date; verifier?: Verifier } = {},
): Promise<{ restoredFrom: string; keptAs: string | null }> {
  const ops = options.ops ?? nodeFileOps;
  assertNotOpenElsewhere(targetPath);
  // The staged copy is ours while we run (see sweep.ts).
  const unregister = registerOpen(targetPath);
  try {
    return await restoreFileUnder(targetPath, backupFile, ops, options);
  } finally {
    unregister();
  }
}

async function restoreFileUnder(
  targetPath: string,
  backupFile: string,
  ops: FileOps,
  options: { now?: Date; verifier?: Verifier },
): Promise<{ restoredFrom: string; keptAs: string | null }> {
  const { staged, facts } = await stageVerifiedCopy(backupFile, targetPath, ops, options.verifier);
  try {
    const keptAs = existsSync(targetPath) ? keepRawCopy(targetPath, ops, options.now) : null;
    assertNotOpenElsewhere(targetPath);
    swapIn(staged, targetPath, ops, true);
    writeSeenHead(targetPath, seenOf(facts));
    return { restoredFrom: resolve(backupFile), keptAs };
  } finally {
    removeQuietly(ops, staged);
  }
}

/**
 * Copies the ledger file (and its WAL) byte for byte beside it as `NAME.before-restore-STAMP-TAG`,
 * for a file that cannot be backed up the verified way (unopenable, or its hash chain broken):
 * restoring over it must still keep what it held. Returns the copy's path.
 */
export function keepRawCopy(targetPath: string, ops: FileOps, now: Date = new Date()): string {
  const keptAs = `${targetPath}.before-restore-${formatStamp(now)}-${randomTag()}`;
  try {
    for (const suffix of ['', '-wal']) {
      if (!existsSync(targetPath + suffix)) continue;
      ops.copyFile(targetPath + suffix, keptAs + suffix);
      ops.fsync(keptAs + suffix);
    }
  } catch (e) {
    removeQuietly(ops, keptAs);
    removeQuietly(ops, `${keptAs}-wal`);
    throw writeError(e, keptAs, 'the copy of the current ledger');
  }
  return keptAs;
}
