// An open ledger file as the application sees it: the event store, the projections that fold it,
// the read model, a few facts about the ledger that are not events, and the file-level operations
// backups and restores need. The application layer (ledger.ts), the backups and the workers use
// this interface only; the SQLite implementation is in ./sqlite/.
import type { EventStore } from '../eventstore/types';
import type { ProjectionEngine, ReadModel } from '../projections/types';

/** Small facts about the ledger that are not events (the last verification report, ...). */
export interface MetaStore {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
}

export interface LedgerStorage {
  readonly path: string;
  readonly store: EventStore;
  readonly projections: ProjectionEngine;
  readonly read: ReadModel;
  readonly meta: MetaStore;
  /** The version of the file's own schema (the store's, not the events'). */
  schemaVersion(): number;
  /**
   * A consistent copy of the whole file into `dest` while the ledger keeps working: the copy is
   * made in small steps with the event loop free in between, and ends with this connection's own
   * writes up to the last step.
   */
  copyTo(dest: string, options?: { pagesPerStep?: number }): Promise<void>;
  /** Moves everything into the main file; `busy` when another connection prevents it. */
  checkpoint(): { busy: boolean };
  close(): void;
}
