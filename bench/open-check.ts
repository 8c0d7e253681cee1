// `npx tsx bench/open-check.ts [--events N]` (default 1,000,000): what the chain check on open
// (src-main/storage/open-check.ts) adds to opening a big ledger. Builds the big ledger with the
// bench fixture, then, on that file: the whole Ledger open + close as a command run does it
// (median of 5), the check alone with a remembered head at the head (the steady state: one
// event rehashed; median of 100), after 1,000 events appended by another program (median of 5),
// and the one-time full walk of a ledger without a remembered head (an older release; median of 3).
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { openLedger } from '../src-main/ledger';
import { openSqliteLedger } from '../src-main/storage/sqlite/sqlite-ledger-storage';
import {
  checkChainSinceVerified,
  rememberVerifiedHead,
  VERIFIED_HEAD_KEY,
} from '../src-main/storage/open-check';
import { buildBigLedger } from './fixture';
import { appendMovements, median, movements, now, tempDir } from './lib';
import { Projector } from '../src-main/projections/sqlite/projector';

const { values } = parseArgs({ options: { events: { type: 'string' } } });
const EVENTS = Number(values.events ?? 1_000_000);
const { dir, cleanup } = tempDir();
try {
  const path = join(dir, 'big.sqlite');
  const build = buildBigLedger({ path, events: EVENTS });
  const s = openSqliteLedger(path, {});
  const timed = (reps: number, fn: () => void, before: () => void = () => {}) => {
    const xs: number[] = [];
    for (let i = 0; i < reps; i++) {
      before();
      const t = now();
      fn();
      xs.push(now() - t);
    }
    return median(xs);
  };
  const forget = () => s.db.prepare('DELETE FROM ledger_meta WHERE key = ?').run(VERIFIED_HEAD_KEY);
  const fullWalk = timed(3, () => checkChainSinceVerified(s), forget);
  rememberVerifiedHead(s);
  const steady = timed(100, () => {
    if (!checkChainSinceVerified(s).ok) throw new Error('broken');
  });
  const projector = new Projector(s.db, s.store);
  let seed = 7;
  const after1000 = timed(
    5,
    () => checkChainSinceVerified(s),
    () => {
      rememberVerifiedHead(s);
      appendMovements(s.store, projector, movements(1000, 1000, seed++), 1000);
    },
  );
  rememberVerifiedHead(s);
  s.close();
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = now();
    const l = openLedger(path, { create: false });
    await l.close();
    opens.push(now() - t);
  }
  const ledgerOpen = median(opens);
  const result = {
    events: EVENTS,
    buildSeconds: build.buildSeconds![0],
    ledgerOpenCloseMs: ledgerOpen,
    checkSteadyMs: steady,
    checkAfter1000AppendedMs: after1000,
    fullWalkOnceMs: fullWalk,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  cleanup();
}
