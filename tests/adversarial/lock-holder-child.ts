// Another program holding the ledger's write lock: BEGIN IMMEDIATE, say "locked", keep it for
// HOLD_MS milliseconds, then commit and exit.
import Database from 'better-sqlite3';

const [path, holdMs] = process.argv.slice(2) as [string, string];
const db = new Database(path);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
db.exec('COMMIT');
db.close();
