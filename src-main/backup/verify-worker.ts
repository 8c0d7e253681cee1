// Worker thread entry: verifies a backup file off the main thread (integrity check, hash chain
// and checksum take seconds on a large ledger) so the app stays responsive meanwhile.
// Built as its own entry next to the main bundle (backup-verify-worker.js); see verify-off-thread.ts.
// The Electron-ABI better-sqlite3 (unpackaged runs) comes in workerData, never from the environment.
import { parentPort, workerData } from 'node:worker_threads';
import { setNativeBinding } from '../eventstore/sqlite/open-database';
import { sha256File } from './checksum';
import { verifyBackupFile } from './sqlite/verify-backup-file';
import type { VerifyWorkerData } from './verify-off-thread';

const { path, expected, nativeBinding, options } = workerData as VerifyWorkerData;
setNativeBinding(nativeBinding);
const result = verifyBackupFile(path, expected, options);
parentPort!.postMessage({ result, sha256: result.ok ? sha256File(path) : null, thread: 'worker' });
