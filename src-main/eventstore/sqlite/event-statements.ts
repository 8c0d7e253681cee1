// The SQL of the SQLite event store, prepared once per connection (preparing per call costs more
// than the insert itself), and the mapping between its rows and the shared EventRecord.
import type Database from 'better-sqlite3';
import type { EventRecord } from '../encoding';

export interface EventRow {
  position: number;
  event_id: string;
  stream_id: string;
  stream_type: string;
  version: number;
  event_type: string;
  schema_version: number;
  timestamp: number;
  data: string;
  metadata: string;
  command_id: string | null;
  prev_hash: string;
  hash: string;
}

/** position, event_id, stream_id, stream_type, version, event_type, schema_version, timestamp, data, import metadata */
export type ProjectedRow = [
  number,
  string,
  string,
  string,
  number,
  string,
  number,
  number,
  string,
  string | null,
];

export const recordOf = (r: EventRow): EventRecord => ({
  position: r.position,
  eventId: r.event_id,
  streamId: r.stream_id,
  streamType: r.stream_type,
  version: r.version,
  eventType: r.event_type,
  schemaVersion: r.schema_version,
  timestamp: r.timestamp,
  data: r.data,
  metadata: r.metadata,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export function eventStatements(db: Database.Database) {
  return {
    head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    byPosition: db.prepare('SELECT * FROM events WHERE position = ?'),
    // One seek in events_timestamp (which carries the position): the last event in recording-time
    // order. `max(position) … WHERE timestamp <= ?` read half the index for a mid-log moment.
    positionAt: db
      .prepare(
        'SELECT position FROM events WHERE timestamp <= ? ORDER BY timestamp DESC, position DESC LIMIT 1',
      )
      .pluck(),
    latestBefore: db
      .prepare('SELECT timestamp FROM events WHERE position < ? ORDER BY timestamp DESC LIMIT 1')
      .pluck(),
    count: db.prepare('SELECT count(*) AS n FROM events').pluck(),
    streamVersion: db.prepare('SELECT max(version) FROM events WHERE stream_id = ?').pluck(),
    // Backwards in the UNIQUE (stream_id, version) index: one seek, then the row for its hash.
    streamTip: db.prepare(
      'SELECT version, hash FROM events WHERE stream_id = ? ORDER BY version DESC LIMIT 1',
    ),
    insert: db.prepare(
      'INSERT INTO events (position, event_id, stream_id, stream_type, version, event_type, schema_version, ' +
        'timestamp, data, metadata, command_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    byEventId: db.prepare('SELECT * FROM events WHERE event_id = ?'),
    byCommandId: db.prepare('SELECT * FROM events WHERE command_id = ? ORDER BY position'),
    stream: db.prepare('SELECT * FROM events WHERE stream_id = ? AND version >= ? ORDER BY version'),
    // What an aggregate folds: no envelope, as arrays (no per-row object keyed by column).
    streamData: db
      .prepare(
        'SELECT version, event_type, schema_version, data, timestamp FROM events WHERE stream_id = ? AND version >= ? ORDER BY version',
      )
      .raw(),
    page: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
    projectedPage: db
      .prepare(
        'SELECT position, event_id, stream_id, stream_type, version, event_type, schema_version, timestamp, data, ' +
          // The metadata only where it names an import: parsing every event's would cost the
          // rebuild more than the lookup it saves.
          `CASE WHEN instr(metadata, '"importBatchId"') > 0 THEN metadata END ` +
          'FROM events WHERE position > ? ORDER BY position LIMIT ?',
      )
      .raw(),
    verify: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position'),
    saveSnapshot: db.prepare(
      'INSERT INTO snapshots (stream_id, version, schema_version, state) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, ' +
        'schema_version = excluded.schema_version, state = excluded.state',
    ),
    loadSnapshot: db.prepare('SELECT version, schema_version, state FROM snapshots WHERE stream_id = ?'),
    deleteSnapshots: db.prepare('DELETE FROM snapshots'),
  };
}

/**
 * Pages through rows by position: each page is fetched whole (so the connection is free for
 * writes between pages) and memory stays flat whatever the size of the log.
 */
export function* pagedRows<R>(
  page: (after: number, n: number) => R[],
  fromPosition: number,
  options: { limit?: number; pageSize?: number },
  positionOf: (r: R) => number,
): Generator<R> {
  const pageSize = options.pageSize ?? 1000;
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  let after = fromPosition;
  while (remaining > 0) {
    const n = Math.min(pageSize, remaining);
    const rows = page(after, n);
    for (const r of rows) yield r;
    if (rows.length < n) return;
    remaining -= rows.length;
    after = positionOf(rows[rows.length - 1]!);
  }
}
