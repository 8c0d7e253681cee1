// PLACEHOLDER (the backup engineer replaces this): the interface ledger.ts uses.
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { SqliteEventStore } from '../eventstore/sqlite-event-store';

export interface BackupHost {
  readonly path: string;
  readonly appVersion: string;
  db(): Database.Database;
  store(): SqliteEventStore;
  /** Closes the connection, runs `fn` (which may replace the file), then reopens and catches up. */
  withClosedDatabase<T>(fn: () => Promise<T> | T): Promise<T>;
}

export interface BackupService {
  list(): Promise<BackupInfo[]>;
  create(kind?: BackupInfo['kind']): Promise<BackupInfo>;
  restore(file: string): Promise<{ restoredFrom: string; keptAs: string }>;
  /** Starts the automatic schedule (backs up when something changed). */
  start(): void;
  /** Stops the schedule; `onQuit` takes the on-quit backup when something changed. */
  stop(options?: { onQuit?: boolean }): Promise<void>;
}

const notYet = () => new LedgerError('internal', 'Backups are not available yet');

export function createBackupService(_host: BackupHost): BackupService {
  return {
    list: async () => [],
    create: async () => {
      throw notYet();
    },
    restore: async () => {
      throw notYet();
    },
    start: () => {},
    stop: async () => {},
  };
}

/** Called before a schema migration with the open (not yet migrated) connection. */
export function backupBeforeMigration(
  _db: Database.Database,
  _ledgerPath: string,
  _fromVersion: number,
): void {}
