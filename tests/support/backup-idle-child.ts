// Child for the "timers never keep the process alive" test: opens a ledger with the automatic
// schedule on and returns without closing it. The process must exit on its own at once.
import { openLedger } from '../../src-main/ledger';

const path = process.argv[2];
if (!path) throw new Error('usage: LEDGER');
const ledger = openLedger(path, { autoBackup: true });
ledger.backups.configure({ intervalMs: 60_000 });
process.stdout.write(`started ${ledger.backups.config.intervalMs}\n`);
