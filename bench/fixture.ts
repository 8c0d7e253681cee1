// The big ledger (1,000,000 events by default) is built once per run, through the store's
// appendMany in transactions of 10,000 events with the inline projections applied in each,
// then closed (checkpointed) so workloads can copy the single file. Three movements in four
// carry a payee (one of PAYEES, fixed by the movement's sequence number), as an imported bank
// statement does, so the SEARCH row's `payee:` queries hit a realistic share of the log.
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import type { AppendBatch, EventStore } from '../src-main/eventstore/types';
import { Projector } from '../src-main/projections/sqlite/projector';
import { ACCOUNTS, appendMovements, movements, now, openAccounts } from './lib';

const PAYEE_NAMES = ['Migros', 'Carrefour', 'Deutsche Bahn', 'Stadtwerke', 'Allianz', 'Amazon'];
const PAYEE_PLACES = ['Berlin', 'Paris', 'Madrid', 'Zurich', 'Lyon', 'Hamburg', 'Vienna', 'Milan'];
/** 48 payees: "Migros Berlin", "Migros Paris", ... Each one has about 1/64 of the movements. */
export const PAYEES = PAYEE_NAMES.flatMap((n) => PAYEE_PLACES.map((p) => `${n} ${p}`));

/** The payee of the generated movement with sequence number `seq`, or none (every fourth). */
export function payeeOf(seq: number): string | undefined {
  const h = Math.imul(seq ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  return h % 4 === 0 ? undefined : PAYEES[(h >>> 2) % PAYEES.length];
}

/** The store as appendMovements uses it, with each movement's payee added to its data. */
function withPayees(store: EventStore): EventStore {
  const seqOf = (commandId: string) => Number(commandId.slice(commandId.lastIndexOf('-') + 1));
  const addPayees = (batches: AppendBatch[]): AppendBatch[] =>
    batches.map((b) => ({
      ...b,
      events: b.events.map((e) => {
        const payee = payeeOf(seqOf(String(e.metadata?.commandId)));
        return payee ? { ...e, data: { ...(e.data as object), payee } } : e;
      }),
    }));
  return {
    transaction: <T>(fn: () => T) => store.transaction(fn),
    appendMany: (batches: AppendBatch[]) => store.appendMany(addPayees(batches)),
  } as unknown as EventStore;
}

export function buildBigLedger(p: { path: string; events: number }): Record<string, number[]> {
  const t = now();
  const { db, store } = openStore(p.path, { synchronous: 'NORMAL' });
  const projector = new Projector(db, store);
  projector.open();
  openAccounts(store, projector);
  appendMovements(withPayees(store), projector, movements(p.events - ACCOUNTS, ACCOUNTS, 1), 10_000);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { buildSeconds: [(now() - t) / 1000] };
}
