// W6 as-of: ReadModel.balancesAsOf at the middle position of the big log (one index seek per
// account on the timeline). Baseline: what it takes without the read model, a raw fold of the
// log up to that position.
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import { SqliteReadModel } from '../src-main/projections/sqlite/queries';
import { baselineAsOf } from './baseline';
import { median, timeCalls } from './lib';

export function w6(p: { fixture: string; calls: number }): Record<string, number[]> {
  const { db, store } = openStore(p.fixture, { create: false });
  try {
    const read = new SqliteReadModel(db, store);
    const position = Math.floor(store.headPosition() / 2);
    const r = read.balancesAsOf({ position });
    if (r.accounts.length !== 1000) throw new Error(`W6: ${r.accounts.length} accounts`);
    const app = timeCalls(() => read.balancesAsOf({ position }), p.calls, 3);
    const base = median([baselineAsOf(db, position), baselineAsOf(db, position), baselineAsOf(db, position)]);
    return { app: [app], base: [base], position: [position] };
  } finally {
    db.close();
  }
}
