// W2 batch append: the same events, 100 per transaction through store.appendMany (the import
// path); also with the inline projections applied in the same transaction.
// Baselines: 100 raw INSERTs per transaction, into the app's own events table and into the
// minimal event table (see baseline.ts).
import { join } from 'node:path';
import { Ledger } from '../src-main/ledger';
import { baselineInsert, type BaselineSchema } from './baseline';
import { appendMovements, movements, now, openAccounts, tempDir, type Sync } from './lib';

export const W2_PER_TX = 100;

export async function w2App(p: {
  events: number;
  sync: Sync;
  reps: number;
  project: boolean;
}): Promise<Record<string, number[]>> {
  const ms = movements(p.events);
  const rate: number[] = [];
  for (let r = 0; r < p.reps; r++) {
    const tmp = tempDir();
    const ledger = Ledger.open(join(tmp.dir, 'ledger.db'), { synchronous: p.sync });
    openAccounts(ledger.store, ledger.storage.projections);
    const t = now();
    appendMovements(ledger.store, p.project ? ledger.storage.projections : null, ms, W2_PER_TX, {
      timestamps: false,
    });
    rate.push(ms.length / ((now() - t) / 1000));
    await ledger.close();
    tmp.cleanup();
  }
  return { app: rate };
}

export function w2Baseline(p: {
  events: number;
  sync: Sync;
  reps: number;
  schema?: BaselineSchema;
}): Record<string, number[]> {
  return { base: baselineInsert(p.events, W2_PER_TX, p.sync, p.reps, 0, p.schema ?? 'app') };
}
