// Worker-thread entry for long read-model work (rebuild, verification), so the main process's
// event loop (and the window) never waits on it. It opens its own connection to the file.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../src-shared/errors';
import type { VerificationReport } from '../../src-shared/contract';
import { verifyLedger } from '../application/verify-ledger';
import { setNativeBinding } from '../eventstore/sqlite/open-database';
import type { LedgerStorage } from '../storage/ledger-storage';
import { openSqliteLedger } from '../storage/sqlite/sqlite-ledger-storage';
import type { RebuildOptions } from './types';

export interface WorkerInput {
  /** 'rebuild' (default): replay and swap; 'verify': chain + projections compared, nothing swapped. */
  task?: 'rebuild' | 'verify';
  dbPath: string;
  nativeBinding?: string;
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 when the user cancels. */
  cancel: SharedArrayBuffer;
  /** Int32Array: [0] counts the main thread's commands waiting for the write lock. */
  writers?: SharedArrayBuffer;
  options: Pick<RebuildOptions, 'projections' | 'batchSize' | 'dryRun' | 'verify' | 'pauseMs'>;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; done: number; total: number; differences: Array<{ projection: string; message: string }> }
  | { type: 'verifyProgress'; phase: 'chain' | 'projections'; done: number; total: number }
  | { type: 'verified'; report: VerificationReport }
  | { type: 'error'; error: ReturnType<typeof toErrorInfo> };

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const cancel = new Int32Array(input.cancel);
const writers = input.writers ? new Int32Array(input.writers) : null;

/** Pauses until the waiting commands have committed (the Ledger notifies), a cancel, or `ms`. */
function pauseForWriters(ms: number): void {
  const until = Date.now() + ms;
  while (Atomics.load(cancel, 0) === 0 && (!writers || Atomics.load(writers, 0) > 0)) {
    const left = until - Date.now();
    if (left <= 0) return;
    if (writers) Atomics.wait(writers, 0, Atomics.load(writers, 0), Math.min(left, 10));
    else Atomics.wait(cancel, 0, 0, left);
  }
}

function rebuild(storage: LedgerStorage) {
  let last = 0;
  const result = storage.projections.rebuild({
    ...input.options,
    isCancelled: () => Atomics.load(cancel, 0) === 1,
    sleep: pauseForWriters,
    ...(writers ? { writerWaiting: () => Atomics.load(writers, 0) > 0 } : {}),
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last > 100 || done === total) {
        last = now;
        post({ type: 'progress', done, total });
      }
    },
  });
  post({ type: 'done', ...result });
}

/**
 * The dry-run fold writes shadow tables in batches with the rebuild's own pauses for writers, so a
 * verification never holds the write lock longer than a rebuild's batch does.
 */
function verify(storage: LedgerStorage) {
  let last = 0;
  const report = verifyLedger(storage, {
    isCancelled: () => Atomics.load(cancel, 0) === 1,
    fold: {
      sleep: pauseForWriters,
      ...(writers ? { writerWaiting: () => Atomics.load(writers, 0) > 0 } : {}),
    },
    onProgress: (phase, done, total) => {
      const now = Date.now();
      if (now - last > 100 || done === total) {
        last = now;
        post({ type: 'verifyProgress', phase, done, total });
      }
    },
  });
  post({ type: 'verified', report });
}

try {
  setNativeBinding(input.nativeBinding);
  // The worker only reads and replays: the main thread owns catch-up, and a command may hold the
  // write lock while this connection opens.
  const storage = openSqliteLedger(input.dbPath, { create: false, requireWritable: false, catchUp: false });
  try {
    if (input.task === 'verify') verify(storage);
    else rebuild(storage);
  } finally {
    storage.close();
  }
} catch (e) {
  post({ type: 'error', error: toErrorInfo(e) });
}
