// The whole check of a ledger file: the hash chain, then every projection against a fresh fold
// of the log (built in shadow tables and compared, never swapped). Runs in the rebuild worker for
// the app, in-process for the CLI.
import type Database from 'better-sqlite3';
import type { VerificationReport } from '../../src-shared/contract';
import type { SqliteEventStore } from '../eventstore/sqlite-event-store';
import { rebuildProjections } from '../projections/rebuild';

export function verifyLedgerFile(db: Database.Database, store: SqliteEventStore): VerificationReport {
  const chain = store.verify();
  const differences = chain.ok ? rebuildProjections(db, store, { dryRun: true }).differences : [];
  return {
    ok: chain.ok && differences.length === 0,
    checkedAt: new Date().toISOString(),
    chain,
    projections: { ok: differences.length === 0, differences },
  };
}
