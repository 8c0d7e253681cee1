// Worker thread entry: verifies a backup file off the main thread (integrity check, hash chain
// and checksum take seconds on a large ledger) so the app stays responsive meanwhile.
// Built as its own entry next to the main bundle (backup-verify-worker.js); see verify-off-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { sha256File } from './checksum';
import { type ExpectedFacts, verifyBackupFile } from './sqlite/verify-backup-file';

const { path, expected } = workerData as { path: string; expected?: ExpectedFacts };
const result = verifyBackupFile(path, expected);
parentPort!.postMessage({ result, sha256: result.ok ? sha256File(path) : null, thread: 'worker' });
