// Opens a ledger file as an event store with the ledger's event schema versions and upcasters.
import type Database from 'better-sqlite3';
import { CurrentSchemaVersion, type EventType } from '../../src-shared/events';
import { ledgerUpcasters } from '../domain/legacy-upcasters';
import { openDatabase, type OpenDatabaseOptions } from './open-database';
import { SqliteEventStore } from './sqlite-event-store';

export function openStore(
  path: string,
  options: OpenDatabaseOptions = {},
): { db: Database.Database; store: SqliteEventStore } {
  const db = openDatabase(path, options);
  const store = new SqliteEventStore(db, {
    upcasters: ledgerUpcasters(),
    currentSchemaVersion: (t) => CurrentSchemaVersion[t as EventType] ?? 1,
  });
  return { db, store };
}
