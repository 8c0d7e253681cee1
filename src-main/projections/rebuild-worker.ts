// Worker-thread entry for long read-model work (rebuild, verification), so the main process's
// event loop (and the window) never waits on it. It opens its own connection to the file.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../src-shared/errors';
import { openStore } from '../eventstore/open-store';
import type { VerificationReport } from '../../src-shared/contract';
import { verifyLedgerFile } from '../application/verify-ledger';
import { rebuildProjections, type RebuildOptions } from './rebuild';

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

function rebuild(
  db: Parameters<typeof rebuildProjections>[0],
  store: Parameters<typeof rebuildProjections>[1],
) {
  let last = 0;
  const result = rebuildProjections(db, store, {
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

try {
  const { db, store } = openStore(input.dbPath, { nativeBinding: input.nativeBinding, create: false });
  try {
    if (input.task === 'verify') post({ type: 'verified', report: verifyLedgerFile(db, store) });
    else rebuild(db, store);
  } finally {
    db.close();
  }
} catch (e) {
  post({ type: 'error', error: toErrorInfo(e) });
}
