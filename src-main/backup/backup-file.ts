// Writes one backup: a consistent copy of the live database into a hidden temporary file in the
// destination folder, made self-contained and fsynced, verified read-only against the facts the
// source had at the moment of the copy, then its record and the final name. Any failure removes
// the temporary file, so nothing that looks like a backup is ever left half-written or unverified.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { BackupInfo } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import { backupDir, type BackupKind, formatBackupName, ledgerStem } from './backup-name';
import { type FileOps, fileSize, nodeFileOps, randomTag, removeQuietly, writeError } from './file-ops';
import { type Sidecar, sidecarPath, writeSidecar } from './sidecar';
import type { EventStore } from '../eventstore/types';
import type { LedgerStorage } from '../storage/ledger-storage';
import { type ExpectedFacts, readFacts } from './facts';
import { makeSelfContained } from './sqlite/verify-backup-file';
import { type Verified, type Verifier, verifyHere } from './verify-off-thread';

export { sha256File } from './checksum';

/** Copies the live ledger to `tmpPath` (the storage's online copy by default). */
export type CopyFn = (storage: LedgerStorage, tmpPath: string) => Promise<void>;

export interface BackupWriteOptions {
  kind: BackupKind;
  /** The backup folder (created when missing); `backups/` next to the ledger by default. */
  dir?: string;
  /** A user's destination instead: an existing folder (or one ending in a slash), or a new file path. */
  dest?: string;
  appVersion: string;
  ops?: FileOps;
  now?: () => Date;
  /** Pages copied per step of the online backup; the event loop runs between steps. */
  pagesPerStep?: number;
  /** Replaces the copy step (tests inject a failing disk here). */
  copy?: CopyFn;
  /** Verifies the copy (in a worker thread, say); in this thread by default. */
  verifier?: Verifier;
}

export interface WrittenBackup {
  info: BackupInfo;
  record: Sidecar;
}

export const onlineBackupCopy =
  (pagesPerStep?: number): CopyFn =>
  (storage, tmpPath) =>
    storage.copyTo(tmpPath, pagesPerStep ? { pagesPerStep } : {});

export interface Target {
  dir: string;
  /** A fixed file name (DEST was a file path), or null for the generated name. */
  fixedName: string | null;
}

export function resolveTarget(ledgerPath: string, dest: string | undefined, dir: string | undefined): Target {
  if (!dest) return { dir: dir ?? backupDir(ledgerPath), fixedName: null };
  const isDir =
    dest.endsWith('/') || dest.endsWith(sep) || (existsSync(dest) && statSync(dest).isDirectory());
  if (isDir) return { dir: dest, fixedName: null };
  if (existsSync(dest))
    throw new LedgerError('io', `${dest} already exists; choose another file or a folder`, 'file_exists', {
      path: dest,
    });
  return { dir: dirname(dest), fixedName: basename(dest) };
}

/** Online backup: the app keeps running commands while pages are copied between event-loop turns. */
export async function writeBackup(
  storage: LedgerStorage,
  ledgerPath: string,
  opts: BackupWriteOptions,
): Promise<WrittenBackup> {
  const ops = opts.ops ?? nodeFileOps;
  const target = resolveTarget(ledgerPath, opts.dest, opts.dir);
  const tmp = join(target.dir, `.${ledgerStem(ledgerPath)}.backup.partial-${randomTag()}`);
  try {
    ops.mkdir(target.dir);
    const copy = opts.copy ?? onlineBackupCopy(opts.pagesPerStep);
    // The facts are read in the same macrotask in which the last backup step ran: the promise
    // continuation runs before any other callback, so no command can append in between, and the
    // online backup mirrors this connection's own writes into the copy until that last step.
    const started = performance.now();
    const expected = await copy(storage, tmp).then(() => readFacts(storage.store));
    const copyMs = performance.now() - started;
    const createdAt = (opts.now ?? (() => new Date()))();
    prepareCopy(tmp, ops);
    const verifyStarted = performance.now();
    const verified = await (opts.verifier ?? verifyHere)(tmp, expected);
    assertPrefixOfLog(storage.store, expected);
    return commitBackup(tmp, target, ledgerPath, expected, createdAt, verified, {
      ...opts,
      ops,
      copyMs,
      verifyMs: performance.now() - verifyStarted,
    });
  } catch (e) {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) removeQuietly(ops, f);
    throw writeError(e, opts.dest ?? target.dir);
  }
}

/**
 * The log is append-only, so the copy must still be a prefix of it after the (possibly off-thread)
 * verification: the same hash at the copy's head position.
 */
function assertPrefixOfLog(store: EventStore, expected: ExpectedFacts): void {
  if (expected.headPosition === 0) return;
  const hash = store.recordAt(expected.headPosition)?.hash;
  if (hash !== expected.headHash) {
    throw new LedgerError(
      'io',
      `The backup failed its verification: the ledger no longer has the copied event at position ${expected.headPosition}`,
      'backup_unverified',
      { check: 'prefix' },
    );
  }
}

/** One self-contained file (no WAL), durable before it is verified. */
export function prepareCopy(tmp: string, ops: FileOps): void {
  makeSelfContained(tmp);
  ops.fsync(tmp);
}

export function commitBackup(
  tmp: string,
  target: Target,
  ledgerPath: string,
  expected: ExpectedFacts,
  createdAt: Date,
  { result, sha256, thread, fallback }: Verified,
  opts: BackupWriteOptions & { ops: FileOps; copyMs: number; verifyMs: number },
): WrittenBackup {
  const { ops, verifyMs } = opts;
  if (!result.ok || !sha256) {
    throw new LedgerError(
      'io',
      `The backup failed its verification: ${result.message}`,
      'backup_unverified',
      {
        check: result.ok ? 'checksum' : result.reason,
      },
    );
  }
  const name =
    target.fixedName ?? freeName(target.dir, ledgerPath, createdAt, expected.headPosition, opts.kind);
  const file = join(target.dir, name);
  const sizeBytes = fileSize(tmp);
  const record: Sidecar = {
    format: 'ledger-backup/1',
    name,
    kind: opts.kind,
    createdAt: createdAt.toISOString(),
    sizeBytes,
    sha256,
    eventCount: result.facts.eventCount,
    headPosition: result.facts.headPosition,
    headHash: result.facts.headHash,
    schemaVersion: result.facts.schemaVersion,
    appVersion: opts.appVersion,
    sourcePath: ledgerPath,
    verified: 'ok',
    verifyMessage: fallback ? `${result.message} ${fallbackNote(fallback)}` : result.message,
    verifiedAt: new Date().toISOString(),
    verifiedIn: thread,
    ...(fallback ? { verifyFallback: fallback } : {}),
    timings: { copyMs: Math.round(opts.copyMs), verifyMs: Math.round(verifyMs) },
  };
  // Record first, then the backup's final name: a crash in between leaves an orphan record
  // (ignored), never a backup that claims a verification it did not have.
  writeSidecar(ops, file, record);
  try {
    ops.rename(tmp, file);
    ops.fsync(target.dir);
  } catch (e) {
    removeQuietly(ops, sidecarPath(file));
    throw e;
  }
  return { info: infoFrom(file, record), record };
}

/** Said with a backup whose verification fell back to the main thread (sidecar, list, status). */
export const fallbackNote = (why: string) =>
  `(verified in the main thread: the verification worker could not start: ${why})`;

function freeName(dir: string, ledgerPath: string, at: Date, position: number, kind: BackupKind): string {
  const stem = ledgerStem(ledgerPath);
  for (let attempt = 0; ; attempt++) {
    const name = formatBackupName(stem, at, position, kind, attempt);
    if (!existsSync(join(dir, name))) return name;
  }
}

export function infoFrom(file: string, r: Sidecar): BackupInfo {
  return {
    file,
    name: basename(file),
    kind: r.kind as BackupKind,
    createdAt: r.createdAt,
    sizeBytes: r.sizeBytes,
    eventCount: r.eventCount,
    headPosition: r.headPosition,
    verified: r.verified,
    verifyMessage: r.verifyMessage,
    verifyFallback: r.verifyFallback ?? null,
  };
}
