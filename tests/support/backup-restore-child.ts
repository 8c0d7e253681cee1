// Child process for the restore crash test: opens LEDGER, restores BACKUP over it, and can pause
// (a long sleep) at a named step of the swap so the parent's SIGKILL lands exactly there.
//   node --import tsx tests/support/backup-restore-child.ts LEDGER BACKUP [PAUSE_AT]
// PAUSE_AT: staged (copy verified, nothing replaced) | kept (before-restore backup about to be named)
//           | before-rename (connection closed, old WAL removed) | after-rename (new file in place)
// stdout lines: "ready", "pause <step>", "done <ms>".
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { type FileOps, nodeFileOps } from '../../src-main/backup/file-ops';
import { openLedger } from '../../src-main/ledger';

const [ledgerPath, backupFile, pauseAt = ''] = process.argv.slice(2);
if (!ledgerPath || !backupFile) throw new Error('usage: LEDGER BACKUP [PAUSE_AT]');
const target = resolve(ledgerPath);

const say = (line: string) => writeSync(1, `${line}\n`);
const pause = (step: string) => {
  if (step !== pauseAt) return;
  say(`pause ${step}`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
};

const ops: FileOps = {
  ...nodeFileOps,
  fsync: (p) => {
    nodeFileOps.fsync(p);
    if (p.includes('.restore-')) pause('staged');
  },
  rename: (from, to) => {
    if (to.endsWith('-before-restore.sqlite')) pause('kept');
    if (resolve(to) === target) pause('before-rename');
    nodeFileOps.rename(from, to);
    if (resolve(to) === target) pause('after-rename');
  },
};

const ledger = openLedger(ledgerPath);
ledger.backups.configure({ ops });
say('ready');
const started = performance.now();
await ledger.backups.restore(backupFile);
say(`done ${Math.round(performance.now() - started)}`);
await ledger.close();
