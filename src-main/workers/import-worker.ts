// Worker-thread entry for a statement import (preview or commit), so the main process's event
// loop (and the window) never waits on a big file. It opens its own connection to the ledger
// file and runs the same importStatement as the CLI: parse, duplicate check, then every new line
// appended and projected in ONE transaction. A cancel (a flag in shared memory, polled between
// lines) throws inside that transaction: it rolls back and nothing is written.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../src-shared/errors';
import type { StoredEvent } from '../../src-shared/events';
import {
  importStatement,
  type ImportHost,
  type ImportPhase,
  type ImportStatementOptions,
  type ImportStatementResult,
} from '../application/import-statement';
import { executeCommand } from '../application/execute';
import { AccountRepository } from '../domain/account-repository';
import { setNativeBinding } from '../eventstore/sqlite/open-database';
import { mapSqliteError } from '../eventstore/sqlite/sqlite-errors';
import { openSqliteLedger } from '../storage/sqlite/sqlite-ledger-storage';

export interface ImportWorkerInput {
  dbPath: string;
  nativeBinding?: string;
  appVersion: string;
  today: string;
  options: ImportStatementOptions;
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 when the user cancels. */
  cancel: SharedArrayBuffer;
  /**
   * Int32Array: when given, the worker waits after each progress message until [0] counts it as
   * handled, so a listener (a test) can cancel at an exact point of the import.
   */
  ack?: SharedArrayBuffer;
}

export type ImportWorkerMessage =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number; seq: number }
  | { type: 'done'; result: ImportStatementResult; firstPosition: number | null }
  | { type: 'error'; error: ReturnType<typeof toErrorInfo> };

const input = workerData as ImportWorkerInput;
const post = (m: ImportWorkerMessage) => parentPort!.postMessage(m);
const cancel = new Int32Array(input.cancel);
const ack = input.ack ? new Int32Array(input.ack) : null;
let seq = 0;

function progress(phase: ImportPhase, done: number, total: number): void {
  seq += 1;
  post({ type: 'progress', phase, done, total, seq });
  // Bounded: a listener that never answers slows the import, it does not hang it.
  if (ack)
    while (Atomics.load(ack, 0) < seq && Atomics.load(cancel, 0) === 0)
      if (Atomics.wait(ack, 0, Atomics.load(ack, 0), 10_000) === 'timed-out') break;
}

try {
  setNativeBinding(input.nativeBinding);
  // The main thread owns catch-up and the open-time checks; a command may hold the write lock
  // while this connection opens (the import's transaction waits for it, like any writer).
  const storage = openSqliteLedger(input.dbPath, { create: false, requireWritable: false, catchUp: false });
  try {
    const repo = new AccountRepository(storage.store);
    const deps = {
      store: storage.store,
      projections: storage.projections,
      repo,
      appVersion: input.appVersion,
      today: () => input.today,
    };
    let first: StoredEvent | null = null;
    const host: ImportHost = {
      storage,
      store: storage.store,
      executeAll: (steps) =>
        storage.store.transaction(() =>
          steps((name, command, i, extra) => {
            const r = executeCommand(deps, name, command, i, extra);
            first ??= r.events[0] ?? null;
            return r.output;
          }),
        ),
    };
    const result = importStatement(host, input.options, {
      onProgress: progress,
      isCancelled: () => Atomics.load(cancel, 0) === 1,
    });
    post({ type: 'done', result, firstPosition: (first as StoredEvent | null)?.position ?? null });
  } finally {
    storage.close();
  }
} catch (e) {
  post({ type: 'error', error: toErrorInfo(mapSqliteError(e, input.dbPath)) });
}
