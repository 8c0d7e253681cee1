// Runs the verification of a fresh backup in a worker thread when the worker script is there
// (the built app ships it next to the main bundle; tests may point at the .ts source), else in
// this thread. A worker that fails to start (e.g. the native module cannot load there) falls back
// to verifying here: a slower answer, never a missing one.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { threadNativeBinding } from '../eventstore/sqlite/open-database';
import { startWorker } from '../workers/start-worker';
import { sha256File } from './checksum';
import {
  type ExpectedFacts,
  type VerifyFileOptions,
  type VerifyResult,
  verifyBackupFile,
} from './sqlite/verify-backup-file';

export interface Verified {
  result: VerifyResult;
  /** Checksum of the verified file (null when it failed). */
  sha256: string | null;
  /** Where the checks ran. */
  thread: 'main' | 'worker';
  /** Set when a worker was meant to verify but could not start: why (recorded with the backup). */
  fallback?: string;
}

/** What the verification worker receives (the native binding explicitly, never from env). */
export interface VerifyWorkerData {
  path: string;
  expected?: ExpectedFacts;
  nativeBinding?: string;
  options?: VerifyFileOptions;
}

export type Verifier = (
  path: string,
  expected?: ExpectedFacts,
  options?: VerifyFileOptions,
) => Promise<Verified>;

export const verifyHere: Verifier = async (path, expected, options) => {
  const result = verifyBackupFile(path, expected, options);
  return { result, sha256: result.ok ? sha256File(path) : null, thread: 'main' };
};

/** The built worker next to the main bundle, if this build has one; null from TypeScript source. */
export function defaultVerifyWorkerPath(): string | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return null;
  const built = join(dirname(fileURLToPath(here)), 'backup-verify-worker.js');
  return existsSync(built) ? built : null;
}

export function workerVerifier(workerPath: string | null): Verifier {
  if (!workerPath) return verifyHere;
  return (path, expected, options) =>
    new Promise<Verified>((resolve) => {
      let settled = false;
      const fallback = (why?: unknown) => {
        if (settled) return;
        settled = true;
        const reason =
          why instanceof Error
            ? why.message
            : why === undefined
              ? 'it exited without an answer'
              : String(why);
        console.warn('Backup verification worker unavailable; verifying in this thread:', reason);
        void verifyHere(path, expected, options).then((v) => resolve({ ...v, fallback: reason }));
      };
      let worker: Worker;
      const nativeBinding = threadNativeBinding();
      const data: VerifyWorkerData = {
        path,
        ...(expected ? { expected } : {}),
        ...(options ? { options } : {}),
        ...(nativeBinding ? { nativeBinding } : {}),
      };
      try {
        worker = startWorker(workerPath, data);
      } catch (e) {
        fallback(e);
        return;
      }
      worker.once('message', (m: Verified) => {
        settled = true;
        resolve(m);
        void worker.terminate();
      });
      worker.once('error', fallback);
      worker.once('exit', () => fallback());
    });
}
