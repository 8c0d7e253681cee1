// OPEN: what opening a ledger costs as the app and every CLI run do it (openLedger + close: the
// schema check, the chain check since the remembered head, projection status, catch-up), on a
// copy of the big ledger against an empty ledger, alternating; then the chain check on open
// (src-main/storage/open-check.ts) alone: in the steady state (the remembered head is the head)
// and after 100 events appended by another program. bench/open-check.ts is the standalone,
// more detailed version (full walk of a ledger without a remembered head, 1,000 appended).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLedger } from '../src-main/ledger';
import { Projector } from '../src-main/projections/sqlite/projector';
import { checkChainSinceVerified, rememberVerifiedHead } from '../src-main/storage/open-check';
import { openSqliteLedger } from '../src-main/storage/sqlite/sqlite-ledger-storage';
import { appendMovements, movements, now, tempDir } from './lib';

async function openClose(path: string): Promise<number> {
  const t = now();
  const l = openLedger(path, { create: false });
  await l.close();
  return now() - t;
}

export async function openTime(p: { fixture: string; reps: number }): Promise<Record<string, number[]>> {
  const { dir, cleanup } = tempDir('ledger-bench-open-');
  try {
    const big = join(dir, 'big.sqlite');
    const empty = join(dir, 'empty.sqlite');
    copyFileSync(p.fixture, big);
    await openLedger(empty).close();
    // Untimed: the first open of the fixture walks its whole chain once and remembers the head.
    await openClose(big);
    await openClose(empty);
    const bigMs: number[] = [];
    const emptyMs: number[] = [];
    for (let i = 0; i < p.reps; i++) {
      bigMs.push(await openClose(big));
      emptyMs.push(await openClose(empty));
    }

    const s = openSqliteLedger(big, {});
    try {
      rememberVerifiedHead(s);
      const steady: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = now();
        if (!checkChainSinceVerified(s).ok) throw new Error('OPEN: chain check failed');
        steady.push(now() - t);
      }
      const projector = new Projector(s.db, s.store);
      const after100: number[] = [];
      for (let i = 0; i < p.reps; i++) {
        rememberVerifiedHead(s);
        appendMovements(s.store, projector, movements(100, 1000, 100 + i), 100, {
          seqOffset: 10_000_000 + i * 100,
        });
        const t = now();
        const r = checkChainSinceVerified(s);
        after100.push(now() - t);
        if (!r.ok || r.checked < 100) throw new Error(`OPEN: check after 100 events: ${JSON.stringify(r)}`);
      }
      return { big: bigMs, empty: emptyMs, steady, after100 };
    } finally {
      s.close();
    }
  } finally {
    cleanup();
  }
}
