// A child process for the kill test: rebuilds every projection of the ledger at argv[2] and
// prints one line per committed batch ("progress DONE TOTAL"), then "done". The parent
// SIGKILLs it part-way. No pause between batches: the kill most likely lands mid-transaction.
//   node --import tsx tests/support/rebuild-child.ts DBPATH [BATCH]
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { rebuildProjections } from '../../src-main/projections/sqlite/rebuild';

const [path, batch] = process.argv.slice(2);
if (!path) throw new Error('usage: rebuild-child.ts DBPATH [BATCH]');
const { db, store } = openStore(path, { create: false });
const r = rebuildProjections(db, store, {
  batchSize: Number(batch ?? 5000),
  pauseMs: 0,
  // stdout to a pipe is synchronous on Linux: the line is out before the next batch starts.
  onProgress: (done, total) => process.stdout.write(`progress ${done} ${total}\n`),
});
process.stdout.write(`done ${r.done} ${r.differences.length}\n`);
db.close();
