// W6 as-of: ReadModel.balancesAsOf at the middle position of the big log (one index seek per
// account on the timeline). Baseline: what it takes without the read model, a raw fold of the
// log up to that position.
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import { SqliteReadModel } from '../src-main/projections/sqlite/queries';
import { baselineAsOf, baselineAsOfDate } from './baseline';
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
    // Value-date axis: balances on a date in the middle of the fixture's value dates, as recorded
    // now and as known at the middle of the log (the recording time of `position`).
    const date = '2018-06-30';
    const knownAt = new Date(store.recordAt(position)!.timestamp).toISOString();
    const known = read.balancesAsOf({ date, knownAt }).position;
    const byDate = timeCalls(() => read.balancesAsOf({ date }), p.calls, 3);
    const byDateKnown = timeCalls(() => read.balancesAsOf({ date, knownAt }), p.calls, 3);
    const head = store.headPosition();
    const rawDate = median([0, 1, 2].map(() => baselineAsOfDate(db, date, head)));
    const rawDateKnown = median([0, 1, 2].map(() => baselineAsOfDate(db, date, known)));
    return {
      app: [app],
      base: [base],
      position: [position],
      byDate: [byDate],
      rawDate: [rawDate],
      byDateKnown: [byDateKnown],
      rawDateKnown: [rawDateKnown],
    };
  } finally {
    db.close();
  }
}
