// The big ledger (1,000,000 events by default) is built once per run, through the store's
// appendMany in transactions of 10,000 events with the inline projections applied in each,
// then closed (checkpointed) so workloads can copy the single file.
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import { Projector } from '../src-main/projections/sqlite/projector';
import { ACCOUNTS, appendMovements, movements, now, openAccounts } from './lib';

export function buildBigLedger(p: { path: string; events: number }): Record<string, number[]> {
  const t = now();
  const { db, store } = openStore(p.path, { synchronous: 'NORMAL' });
  const projector = new Projector(db, store);
  projector.open();
  openAccounts(store, projector);
  appendMovements(store, projector, movements(p.events - ACCOUNTS, ACCOUNTS, 1), 10_000);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { buildSeconds: [(now() - t) / 1000] };
}
