// Opens a ledger file as an event store with the ledger's event schema versions and upcasters.
import type Database from 'better-sqlite3';
import { CurrentSchemaVersion, type EventType } from '../../../src-shared/events';
import { ledgerUpcast } from '../upcasters';
import { openDatabase, type OpenDatabaseOptions } from './open-database';
import { SqliteEventStore } from './sqlite-event-store';

export const currentSchemaVersion = (t: string): number => CurrentSchemaVersion[t as EventType] ?? 1;

/** The ledger's event store over an open connection. */
export const ledgerEventStore = (db: Database.Database): SqliteEventStore =>
  new SqliteEventStore(db, { upcast: ledgerUpcast(), currentSchemaVersion });

export function openStore(
  path: string,
  options: OpenDatabaseOptions = {},
): { db: Database.Database; store: SqliteEventStore } {
  const db = openDatabase(path, options);
  return { db, store: ledgerEventStore(db) };
}
