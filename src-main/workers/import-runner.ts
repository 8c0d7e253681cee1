// Runs one statement import (preview or commit) in the import worker and hands back its result:
// progress as it goes, a cancel that rolls the worker's one transaction back, errors as
// LedgerErrors (never a silent hang: a worker that dies rejects the promise).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { LedgerError } from '../../src-shared/errors';
import type {
  ImportPhase,
  ImportStatementOptions,
  ImportStatementResult,
} from '../application/import-statement';
import { threadNativeBinding } from '../eventstore/sqlite/open-database';
import { startWorker } from './start-worker';
import type { ImportWorkerInput, ImportWorkerMessage } from './import-worker';

export interface ImportRunOptions {
  dbPath: string;
  workerPath?: string;
  /** The better-sqlite3 binary; this thread's own by default. */
  nativeBinding?: string;
  appVersion: string;
  today: string;
  options: ImportStatementOptions;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /**
   * The worker waits until each onProgress call has returned (tests: cancel at an exact point).
   * Off by default: the worker never waits on the main thread.
   */
  lockstep?: boolean;
}

export interface ImportRun {
  /** Resolves with the worker's result; rejects with its LedgerError ('cancelled' after cancel). */
  readonly done: Promise<{ result: ImportStatementResult; firstPosition: number | null }>;
  cancel(): void;
}

/** The worker next to the running code: source (.ts under tsx/vitest) or the built bundle. */
export function defaultImportWorkerPath(): string {
  const here = import.meta.url;
  const dir = dirname(fileURLToPath(here));
  if (here.endsWith('.ts')) return join(dir, 'import-worker.ts');
  // Bundled by electron-vite: the worker is its own entry in out/main, beside index.js (this
  // code may sit in a shared chunk one folder below).
  const beside = join(dir, 'import-worker.js');
  return existsSync(beside) ? beside : join(dir, '..', 'import-worker.js');
}

export function runImport(o: ImportRunOptions): ImportRun {
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancelFlag = new Int32Array(cancelBuffer);
  const ackBuffer = o.lockstep ? new SharedArrayBuffer(4) : undefined;
  const ack = ackBuffer ? new Int32Array(ackBuffer) : null;
  const nativeBinding = o.nativeBinding ?? threadNativeBinding();
  const input: ImportWorkerInput = {
    dbPath: o.dbPath,
    ...(nativeBinding ? { nativeBinding } : {}),
    appVersion: o.appVersion,
    today: o.today,
    options: o.options,
    cancel: cancelBuffer,
    ...(ackBuffer ? { ack: ackBuffer } : {}),
  };
  let worker: Worker | null = null;
  const cancel = () => {
    Atomics.store(cancelFlag, 0, 1);
    Atomics.notify(cancelFlag, 0);
    if (ack) Atomics.notify(ack, 0);
  };
  const done = new Promise<{ result: ImportStatementResult; firstPosition: number | null }>(
    (resolve, reject) => {
      try {
        worker = startWorker(o.workerPath ?? defaultImportWorkerPath(), input);
      } catch (e) {
        reject(
          new LedgerError(
            'internal',
            `The import could not start: ${e instanceof Error ? e.message : String(e)}`,
            'worker_unavailable',
          ),
        );
        return;
      }
      let settled = false;
      /** Until the worker's first message, a failure means it never ran (nothing written). */
      let heard = false;
      const w = worker;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
        void w.terminate();
      };
      w.on('message', (m: ImportWorkerMessage) => {
        heard = true;
        if (m.type === 'progress') {
          try {
            o.onProgress?.(m.phase, m.done, m.total);
          } finally {
            if (ack) {
              Atomics.store(ack, 0, m.seq);
              Atomics.notify(ack, 0);
            }
          }
        } else if (m.type === 'done') {
          settle(() => resolve({ result: m.result, firstPosition: m.firstPosition }));
        } else {
          const e = m.error;
          settle(() => reject(new LedgerError(e.code, e.message, e.reason, e.details)));
        }
      });
      w.on('error', (e) =>
        settle(() =>
          reject(
            new LedgerError(
              'internal',
              `The import failed: ${e.message}`,
              heard ? 'worker_failed' : 'worker_unavailable',
            ),
          ),
        ),
      );
      w.on('exit', (code) =>
        settle(() =>
          reject(
            new LedgerError('internal', `The import stopped unexpectedly (exit ${code})`, 'worker_failed'),
          ),
        ),
      );
    },
  );
  return { done, cancel };
}
