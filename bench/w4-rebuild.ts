// W4 rebuild: rebuildProjections over a copy of the big ledger, exactly as the rebuild worker
// calls it (shadow tables, batches of REBUILD_BATCH, compare with the live tables, swap): the
// balances projection alone, and all projections. Baseline: a raw scan of the events table
// folding into an upserted balances table, in transactions of the same size.
// Each variant runs in its own child process, so its peak RSS is its own.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src-main/eventstore/sqlite/open-database';
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import { rebuildProjections } from '../src-main/projections/sqlite/rebuild';
import type { ProjectionName } from '../src-shared/contract';
import { baselineRebuild } from './baseline';
import { now, tempDir } from './lib';

export function w4App(p: {
  fixture: string;
  reps: number;
  projections: ProjectionName[];
  /** undefined: the app's default pause between batches (REBUILD_PAUSE_MS). */
  pauseMs?: number;
}): Record<string, number[]> {
  const rate: number[] = [];
  for (let r = 0; r < p.reps; r++) {
    const tmp = tempDir();
    const path = join(tmp.dir, 'w4.db');
    copyFileSync(p.fixture, path);
    const { db, store } = openStore(path, { create: false });
    try {
      const t = now();
      const result = rebuildProjections(db, store, {
        projections: p.projections,
        ...(p.pauseMs !== undefined ? { pauseMs: p.pauseMs } : {}),
      });
      const s = (now() - t) / 1000;
      if (result.differences.length > 0) throw new Error(`W4: ${JSON.stringify(result.differences)}`);
      rate.push(result.done / s);
    } finally {
      db.close();
      tmp.cleanup();
    }
  }
  return { app: rate };
}

export function w4Baseline(p: { fixture: string; reps: number }): Record<string, number[]> {
  const rate: number[] = [];
  for (let r = 0; r < p.reps; r++) {
    const tmp = tempDir();
    const path = join(tmp.dir, 'w4.db');
    copyFileSync(p.fixture, path);
    const db = openDatabase(path, { create: false });
    try {
      rate.push(baselineRebuild(db).eventsPerSec);
    } finally {
      db.close();
      tmp.cleanup();
    }
  }
  return { base: rate };
}
