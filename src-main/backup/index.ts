// The backup module: the service a Ledger owns (list, back up now, restore, the automatic
// schedule, backup on quit), the synchronous backup openDatabase takes before a schema
// migration, and the free functions the Electron shell and the CLI use (export, import, restore
// over a file that cannot be opened, the backup folder).
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { BackupInfo } from '../../src-shared/contract';
import type { PushPayload } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { LedgerStorage } from '../storage/ledger-storage';
import { type CopyFn, writeBackup } from './backup-file';
import { backupDir, type BackupKind } from './backup-name';
import { type FileOps, nodeFileOps, removeStaleTemporaries } from './file-ops';
import { applyRotation, listBackupsIn } from './list-backups';
import { keepRawCopy, restoreOnline, type RestoreResult } from './restore';
import { DEFAULT_ROTATION_POLICY, type RotationPolicy } from './rotation';
import { BackupSchedule } from './schedule';
import { readFacts } from './facts';
import { defaultVerifyWorkerPath, verifyHere, workerVerifier } from './verify-off-thread';

export { backupDir } from './backup-name';
export { exportEvents } from './export-events';
export { importEvents } from './import-events';
export { restoreFile } from './restore';
export { DEFAULT_ROTATION_POLICY, planRotation, type RotationPolicy } from './rotation';
export { backupBeforeMigration } from './sqlite/backup-sync';
export { verifyBackupFile } from './sqlite/verify-backup-file';

export interface BackupHost {
  readonly path: string;
  readonly appVersion: string;
  storage(): LedgerStorage;
  /** Closes the connection, runs `fn` (which may replace the file), then reopens and catches up. */
  withClosedDatabase<T>(fn: () => Promise<T> | T): Promise<T>;
  /** See OnlineRestoreHost in restore.ts: the rebuild worker checks projections after a restore. */
  reconcileProjections?(): Promise<string[]>;
  /** False when the chain check on opening failed: the current file cannot pass a verified backup. */
  chainOk?(): boolean;
  /** Pushes 'backupFinished' to the renderer (optional until the Ledger passes it). */
  push?(name: 'backupFinished', payload: PushPayload<'backupFinished'>): void;
}

export interface BackupConfig {
  /** Folder of the automatic and manual backups; `backups/` next to the ledger by default. */
  dir: string;
  /** Minutes between automatic checks, in ms (30 minutes by default). */
  intervalMs: number;
  policy: RotationPolicy;
  /** Compare projections with the log after a restore and rebuild the ones that differ. */
  checkProjectionsAfterRestore: boolean;
  ops: FileOps;
  now: () => Date;
  pagesPerStep?: number;
  /** Replaces the online backup copy (fault injection in tests). */
  copy?: CopyFn;
  /**
   * Worker script that verifies new backups off the main thread (null: verify in this thread).
   * Defaults to backup-verify-worker.js next to the built main bundle, when the build has it.
   */
  verifyWorkerPath: string | null;
}

export interface BackupService {
  list(): Promise<BackupInfo[]>;
  /** Backs up now; `dest` (a folder or file path) overrides the backup folder. */
  create(kind?: BackupKind, options?: { dest?: string }): Promise<BackupInfo>;
  restore(file: string): Promise<{ restoredFrom: string; keptAs: string }>;
  /** Backs up only when the log changed since the last backup; null when nothing changed. */
  backupIfChanged(kind?: 'auto' | 'on-quit'): Promise<BackupInfo | null>;
  /** Starts the automatic schedule (backs up when something changed). */
  start(): void;
  /** Stops the schedule; `onQuit` takes the on-quit backup when something changed. */
  stop(options?: { onQuit?: boolean }): Promise<void>;
  configure(config: Partial<BackupConfig>): void;
  readonly config: Readonly<BackupConfig>;
  /** Called after every backup written (the Ledger pushes 'backupFinished' from here). */
  onFinished(listener: (info: BackupInfo) => void): () => void;
}

export const DEFAULT_INTERVAL_MS = 30 * 60 * 1000;
/** Temporary files older than this, left by a crash, are removed when the schedule starts. */
export const STALE_TEMPORARY_MS = 6 * 60 * 60 * 1000;

export function createBackupService(host: BackupHost, overrides: Partial<BackupConfig> = {}): BackupService {
  const config: BackupConfig = {
    dir: backupDir(host.path),
    intervalMs: DEFAULT_INTERVAL_MS,
    policy: DEFAULT_ROTATION_POLICY,
    checkProjectionsAfterRestore: true,
    ops: nodeFileOps,
    now: () => new Date(),
    verifyWorkerPath: defaultVerifyWorkerPath(),
    ...overrides,
  };
  const listeners = new Set<(info: BackupInfo) => void>();
  /** Head of the last backup taken into the backup folder; read from the folder on first use. */
  let last: { headPosition: number; headHash: string | null } | null | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  // One backup or restore at a time, whoever asks (timer, menu, quit).
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const lastBackup = () => {
    if (last === undefined) {
      const newest = listBackupsIn(config.dir, host.path).find((b) => b.verified === 'ok');
      last = newest ? { headPosition: newest.headPosition, headHash: newest.headHash } : null;
    }
    return last;
  };

  const finished = (info: BackupInfo) => {
    host.push?.('backupFinished', info);
    for (const l of listeners) {
      try {
        l(info);
      } catch (e) {
        console.error('A backup listener failed:', e);
      }
    }
  };

  const createNow = async (kind: BackupKind, dest?: string) => {
    const written = await writeBackup(host.storage(), host.path, {
      kind,
      dir: config.dir,
      ...(dest !== undefined ? { dest } : {}),
      appVersion: host.appVersion,
      ops: config.ops,
      now: config.now,
      ...(config.pagesPerStep ? { pagesPerStep: config.pagesPerStep } : {}),
      ...(config.copy ? { copy: config.copy } : {}),
      // The copy kept before a restore is verified in this thread: the restore relies on nothing
      // being appended between that copy and closing the connection (see restore.ts).
      verifier: kind === 'before-restore' ? verifyHere : workerVerifier(config.verifyWorkerPath),
    });
    const inFolder = dest === undefined;
    if (inFolder) {
      last = { headPosition: written.record.headPosition, headHash: written.record.headHash };
      if (!config.policy.protectedKinds.includes(kind)) {
        try {
          applyRotation(config.dir, host.path, config.policy, config.now(), config.ops);
        } catch (e) {
          console.error('Backup rotation failed (the new backup is fine):', e);
        }
      }
    }
    finished(written.info);
    return written;
  };

  const changedSinceLastBackup = (): boolean => {
    let facts;
    try {
      facts = readFacts(host.storage().store);
    } catch {
      return false; // the ledger is closed or being replaced: try next time
    }
    if (facts.eventCount === 0) return false;
    const l = lastBackup();
    return !l || l.headPosition !== facts.headPosition || l.headHash !== facts.headHash;
  };

  const backupIfChanged = (kind: 'auto' | 'on-quit' = 'auto') =>
    exclusive(async () => (changedSinceLastBackup() ? (await createNow(kind)).info : null));

  const schedule = new BackupSchedule(() => backupIfChanged('auto'), config.intervalMs);

  const resolveBackupFile = (file: string) => {
    // A bare name from the list means a file in the backup folder.
    const inFolder = resolve(config.dir, file);
    return !file.includes('/') && !file.includes('\\') && existsSync(inFolder) ? inFolder : resolve(file);
  };

  return {
    get config() {
      return config;
    },
    list: async () => listBackupsIn(config.dir, host.path).map(({ headHash: _h, ...info }) => info),
    create: (kind = 'manual', options = {}) =>
      exclusive(async () => (await createNow(kind, options.dest)).info),
    backupIfChanged,
    restore: (file) =>
      exclusive(async (): Promise<RestoreResult> => {
        if (!file) throw new LedgerError('validation', 'Which backup file?', 'missing_file');
        return restoreOnline(host, resolveBackupFile(file), {
          ops: config.ops,
          verifier: workerVerifier(config.verifyWorkerPath),
          checkProjections: config.checkProjectionsAfterRestore,
          keepCurrent: async () => {
            if (host.chainOk?.() === false) {
              // A broken chain never passes a backup's verification: keep the file as it is,
              // beside the ledger, so restoring away from it loses nothing either.
              host.storage().checkpoint();
              const facts = readFacts(host.storage().store);
              return { file: keepRawCopy(host.path, config.ops, config.now()), ...facts };
            }
            const { info, record } = await createNow('before-restore');
            return { file: info.file, headPosition: record.headPosition, headHash: record.headHash };
          },
        });
      }).then(({ restoredFrom, keptAs }) => ({ restoredFrom, keptAs })),
    start: () => {
      removeStaleTemporaries([config.dir, dirname(resolve(host.path))], STALE_TEMPORARY_MS);
      schedule.start();
    },
    stop: async (options = {}) => {
      await schedule.stop();
      if (options.onQuit) {
        try {
          await backupIfChanged('on-quit');
        } catch (e) {
          console.error('The backup on quit failed:', e);
        }
      } else {
        await queue;
      }
    },
    configure: (partial) => {
      Object.assign(config, partial);
      if (partial.dir !== undefined) last = undefined;
      if (partial.intervalMs !== undefined) schedule.setInterval(partial.intervalMs);
    },
    onFinished: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
