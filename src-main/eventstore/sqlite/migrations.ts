// The event store's schema, versioned with PRAGMA user_version. Projections own their tables
// (see projections/), so a schema change here is only ever about the log itself.
import type Database from 'better-sqlite3';

/** 'LEDG': marks a SQLite file as ours, so we never mistake another app's database for a ledger. */
export const APPLICATION_ID = 0x4c454447;

export const migrations: ReadonlyArray<(db: Database.Database) => void> = [
  // 1: the log and snapshots. A stream's version is max(version) in the UNIQUE (stream_id, version)
  // index: a read, where a separate streams table would cost a page write per command.
  (db) => {
    db.exec(`
      CREATE TABLE events (
        position       INTEGER PRIMARY KEY,
        event_id       TEXT    NOT NULL UNIQUE,
        stream_id      TEXT    NOT NULL,
        stream_type    TEXT    NOT NULL,
        version        INTEGER NOT NULL CHECK (version >= 1),
        event_type     TEXT    NOT NULL,
        schema_version INTEGER NOT NULL,
        timestamp      INTEGER NOT NULL, -- ms since the epoch, UTC: sortable, range-queryable
        data           TEXT    NOT NULL, -- canonical JSON, hashed as stored
        metadata       TEXT    NOT NULL,
        command_id     TEXT,
        prev_hash      TEXT    NOT NULL,
        hash           TEXT    NOT NULL,
        UNIQUE (stream_id, version)
      );
      CREATE INDEX events_command_id ON events (command_id) WHERE command_id IS NOT NULL;
      CREATE INDEX events_timestamp ON events (timestamp);
      CREATE TRIGGER events_are_immutable BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
      CREATE TRIGGER events_are_append_only BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TABLE snapshots (
        stream_id      TEXT PRIMARY KEY,
        version        INTEGER NOT NULL,
        schema_version INTEGER NOT NULL,
        state          TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
  // 2: ledger facts that are not events (the last verification report, backup bookkeeping).
  (db) => {
    db.exec('CREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
  },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
