// Worker-thread entry for long read-model work (rebuild, verification), so the main process's
// event loop (and the window) never waits on it. It opens its own connection to the file.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../src-shared/errors';
import { openStore } from '../eventstore/open-store';
import { rebuildProjections, type RebuildOptions } from './rebuild';

export interface WorkerInput {
  dbPath: string;
  nativeBinding?: string;
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 when the user cancels. */
  cancel: SharedArrayBuffer;
  options: Pick<RebuildOptions, 'projections' | 'batchSize' | 'dryRun' | 'verify' | 'pauseMs'>;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; done: number; total: number; differences: Array<{ projection: string; message: string }> }
  | { type: 'error'; error: ReturnType<typeof toErrorInfo> };

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const cancel = new Int32Array(input.cancel);

try {
  const { db, store } = openStore(input.dbPath, { nativeBinding: input.nativeBinding, create: false });
  try {
    let last = 0;
    const result = rebuildProjections(db, store, {
      ...input.options,
      isCancelled: () => Atomics.load(cancel, 0) === 1,
      // Waits between batches, but wakes at once when the runner cancels (it notifies).
      sleep: (ms) => void Atomics.wait(cancel, 0, 0, ms),
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - last > 100 || done === total) {
          last = now;
          post({ type: 'progress', done, total });
        }
      },
    });
    post({ type: 'done', ...result });
  } finally {
    db.close();
  }
} catch (e) {
  post({ type: 'error', error: toErrorInfo(e) });
}
