// The SQLite event store. Synchronous (better-sqlite3): a command's load, decide, append and
// projection updates run in one SQLite transaction with no awaits in between.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { LedgerError } from '../../src-shared/errors';
import type { EventType, StoredEvent } from '../../src-shared/events';
import { canonicalJson, eventHash, GENESIS_HASH } from './hash';
import type {
  AppendBatch,
  AppendResult,
  ChainReport,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  Snapshot,
} from './types';
import { UpcasterRegistry } from './upcasters';

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

/**
 * An event as the projections fold it: the stored envelope without its metadata and hash chain,
 * which no projection reads. Every StoredEvent is one (inline projection passes those).
 */
export type ProjectedEvent = StoredEvent extends infer E
  ? E extends StoredEvent
    ? Omit<E, 'metadata' | 'hash' | 'prevHash'>
    : never
  : never;

type ProjectedRow = [number, string, string, string, number, string, number, number, string];

export interface SqliteEventStoreOptions {
  upcasters?: UpcasterRegistry;
  /** Current schema version of an event type; events stored below it are upcast on read. */
  currentSchemaVersion?: (eventType: string) => number;
}

const COLUMNS =
  'position, event_id, stream_id, stream_type, version, event_type, schema_version, timestamp, data, metadata, command_id, prev_hash, hash';

export class SqliteEventStore implements EventStore {
  private readonly upcasters: UpcasterRegistry;
  private readonly currentSchemaVersion: (t: string) => number;
  private readonly stmts;
  private readonly filteredReads = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.currentSchemaVersion = options.currentSchemaVersion ?? (() => 1);
    // Prepared once and reused: preparing per call costs more than the insert itself.
    this.stmts = {
      head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
      count: db.prepare('SELECT count(*) AS n FROM events').pluck(),
      streamVersion: db.prepare('SELECT max(version) FROM events WHERE stream_id = ?').pluck(),
      insert: db.prepare(
        `INSERT INTO events (${COLUMNS}) VALUES (@position, @event_id, @stream_id, @stream_type, @version, ` +
          '@event_type, @schema_version, @timestamp, @data, @metadata, @command_id, @prev_hash, @hash)',
      ),
      byEventId: db.prepare(`SELECT ${COLUMNS} FROM events WHERE event_id = ?`),
      byCommandId: db.prepare(`SELECT ${COLUMNS} FROM events WHERE command_id = ? ORDER BY position`),
      stream: db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND version >= ? ORDER BY version`,
      ),
      // What an aggregate folds: no envelope, as arrays (no per-row object keyed by column).
      streamData: db
        .prepare(
          'SELECT version, event_type, schema_version, data FROM events WHERE stream_id = ? AND version >= ? ORDER BY version',
        )
        .raw(),
      page: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
      projectedPage: db
        .prepare(
          'SELECT position, event_id, stream_id, stream_type, version, event_type, schema_version, timestamp, data ' +
            'FROM events WHERE position > ? ORDER BY position LIMIT ?',
        )
        .raw(),
      verify: db.prepare(`SELECT ${COLUMNS} FROM events ORDER BY position`),
      saveSnapshot: db.prepare(
        'INSERT INTO snapshots (stream_id, version, schema_version, state) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, ' +
          'schema_version = excluded.schema_version, state = excluded.state',
      ),
      loadSnapshot: db.prepare('SELECT version, schema_version, state FROM snapshots WHERE stream_id = ?'),
      deleteSnapshots: db.prepare('DELETE FROM snapshots'),
    };
  }

  /** Runs `fn` in one IMMEDIATE transaction (a savepoint when already inside one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  append(streamId: string, streamType: string, expected: ExpectedVersion, events: NewEvent[]): AppendResult {
    return this.appendMany([{ streamId, streamType, expectedVersion: expected, events }]);
  }

  appendMany(batches: AppendBatch[]): AppendResult {
    return this.transaction(() => {
      const duplicate = this.findDuplicateAppend(batches);
      if (duplicate) return duplicate;

      const head = this.stmts.head.get() as { position: number; hash: string } | undefined;
      let position = head?.position ?? 0;
      let prevHash = head?.hash ?? GENESIS_HASH;
      const positions: number[] = [];
      const stored: StoredEvent[] = [];
      const streamVersions: Record<string, number> = {};
      const now = Date.now();

      for (const batch of batches) {
        const current = (streamVersions[batch.streamId] ??
          (this.stmts.streamVersion.get(batch.streamId) as number | undefined) ??
          null) as number | null;
        checkExpected(batch.streamId, batch.expectedVersion, current);
        let version = current ?? 0;
        for (const e of batch.events) {
          version++;
          position++;
          const row: EventRow = {
            position,
            event_id: e.eventId ?? randomUUID(),
            stream_id: batch.streamId,
            stream_type: batch.streamType,
            version,
            event_type: e.type,
            schema_version: e.schemaVersion ?? this.currentSchemaVersion(e.type),
            timestamp: e.timestamp ?? now,
            data: canonicalJson(e.data),
            metadata: canonicalJson(e.metadata ?? {}),
            command_id: e.metadata?.commandId ?? null,
            prev_hash: prevHash,
            hash: '',
          };
          row.hash = eventHash(prevHash, {
            position: row.position,
            eventId: row.event_id,
            streamId: row.stream_id,
            streamType: row.stream_type,
            version: row.version,
            eventType: row.event_type,
            schemaVersion: row.schema_version,
            timestamp: row.timestamp,
            data: row.data,
            metadata: row.metadata,
          });
          try {
            this.stmts.insert.run(row);
          } catch (err) {
            if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
              throw new LedgerError(
                'conflict',
                `Event id ${row.event_id} is used twice in one append`,
                'duplicate_event_id',
                {
                  eventId: row.event_id,
                },
              );
            }
            throw err;
          }
          prevHash = row.hash;
          positions.push(position);
          stored.push(this.toStored(row));
        }
        if (batch.events.length > 0 || current !== null) streamVersions[batch.streamId] = version;
      }
      return { duplicate: false, positions, lastPosition: position, streamVersions, events: stored };
    });
  }

  /**
   * Idempotency by event id: an append whose events are all stored already, with the same
   * stream, type and data, returns the original positions. A reused id with other content,
   * or a partial overlap, is a conflict: something is wrong with the caller's ids.
   */
  private findDuplicateAppend(batches: AppendBatch[]): AppendResult | null {
    let found = 0;
    let total = 0;
    const positions: number[] = [];
    const stored: StoredEvent[] = [];
    const streamVersions: Record<string, number> = {};
    for (const b of batches) {
      for (const e of b.events) {
        total++;
        if (!e.eventId) continue;
        const row = this.stmts.byEventId.get(e.eventId) as EventRow | undefined;
        if (!row) continue;
        if (row.stream_id !== b.streamId || row.event_type !== e.type || row.data !== canonicalJson(e.data)) {
          throw new LedgerError(
            'conflict',
            `Event id ${e.eventId} is already stored with different content`,
            'event_id_reused',
            { eventId: e.eventId, position: row.position },
          );
        }
        found++;
        positions.push(row.position);
        stored.push(this.toStored(row));
        streamVersions[row.stream_id] = Math.max(streamVersions[row.stream_id] ?? 0, row.version);
      }
    }
    if (found === 0) return null;
    if (found !== total) {
      throw new LedgerError(
        'conflict',
        'Some of these events are stored already and some are not',
        'partial_duplicate',
      );
    }
    return {
      duplicate: true,
      positions,
      lastPosition: Math.max(...positions),
      streamVersions,
      events: stored,
    };
  }

  readStream(streamId: string, fromVersion = 1): StoredEvent[] {
    return (this.stmts.stream.all(streamId, fromVersion) as EventRow[]).map((r) => this.toStored(r));
  }

  /**
   * A stream's events as an aggregate folds them: type, version and (upcast) data only. Skips
   * what readStream builds and a fold never reads (metadata JSON, hashes, ISO timestamp), which
   * is most of the cost of loading an aggregate.
   */
  readStreamData(
    streamId: string,
    fromVersion = 1,
  ): Array<Pick<StoredEvent, 'eventType' | 'version' | 'data'>> {
    const rows = this.stmts.streamData.all(streamId, fromVersion) as Array<[number, string, number, string]>;
    const out: Array<Pick<StoredEvent, 'eventType' | 'version' | 'data'>> = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const [version, eventType, schemaVersion, text] = rows[i]!;
      out[i] = {
        eventType: eventType as EventType,
        version,
        data: this.decodeData(eventType, schemaVersion, text).data,
      } as Pick<StoredEvent, 'eventType' | 'version' | 'data'>;
    }
    return out;
  }

  /** Streams the log in global order, a page at a time: memory stays flat whatever its size. */
  *readAll(fromPosition = 0, options: ReadAllOptions = {}): Generator<StoredEvent> {
    for (const row of this.readAllRows(fromPosition, options)) yield this.toStored(row);
  }

  /**
   * The log in global order as the projections fold it (catch-up, rebuild): like readAll, a
   * page at a time, but without reading or parsing metadata and hashes, which is a good part of
   * the cost of a replay.
   */
  *readAllProjected(
    fromPosition = 0,
    options: Pick<ReadAllOptions, 'limit' | 'pageSize'> = {},
  ): Generator<ProjectedEvent> {
    const pageSize = options.pageSize ?? 1000;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    let after = fromPosition;
    while (remaining > 0) {
      const n = Math.min(pageSize, remaining);
      // Each page is fetched whole, so the connection is free for writes between pages.
      const rows = this.stmts.projectedPage.all(after, n) as ProjectedRow[];
      for (const r of rows) {
        const { schemaVersion, data } = this.decodeData(r[5], r[6], r[8]);
        yield {
          eventId: r[1],
          aggregateId: r[2],
          aggregateType: r[3],
          eventType: r[5],
          version: r[4],
          position: r[0],
          timestamp: new Date(r[7]).toISOString(),
          schemaVersion,
          data,
        } as ProjectedEvent;
      }
      if (rows.length < n) return;
      remaining -= rows.length;
      after = rows[rows.length - 1]![0];
    }
  }

  /** The raw rows, for consumers that want the stored text (export, verification). */
  *readAllRows(fromPosition = 0, options: ReadAllOptions = {}): Generator<EventRow> {
    const pageSize = options.pageSize ?? 1000;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    let after = fromPosition;
    const stmt = this.pageStatement(options);
    const filters = [...(options.types ?? []), ...(options.streams ?? [])];
    while (remaining > 0) {
      // Each page is fetched whole, so the connection is free for writes between pages.
      const rows = stmt.all(after, ...filters, Math.min(pageSize, remaining)) as EventRow[];
      for (const r of rows) yield r;
      if (rows.length < Math.min(pageSize, remaining)) return;
      remaining -= rows.length;
      after = rows[rows.length - 1]!.position;
    }
  }

  private pageStatement(o: ReadAllOptions): Database.Statement {
    const nt = o.types?.length ?? 0;
    const ns = o.streams?.length ?? 0;
    if (nt === 0 && ns === 0) return this.stmts.page;
    const key = `${nt}:${ns}`;
    let stmt = this.filteredReads.get(key);
    if (!stmt) {
      const where = ['position > ?'];
      if (nt) where.push(`event_type IN (${Array(nt).fill('?').join(',')})`);
      if (ns) where.push(`stream_id IN (${Array(ns).fill('?').join(',')})`);
      stmt = this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`,
      );
      this.filteredReads.set(key, stmt);
    }
    return stmt;
  }

  getEvent(eventId: string): StoredEvent | null {
    const row = this.stmts.byEventId.get(eventId) as EventRow | undefined;
    return row ? this.toStored(row) : null;
  }

  findByCommandId(commandId: string): StoredEvent[] {
    return (this.stmts.byCommandId.all(commandId) as EventRow[]).map((r) => this.toStored(r));
  }

  streamVersion(streamId: string): number | null {
    return (this.stmts.streamVersion.get(streamId) as number | undefined) ?? null;
  }

  headPosition(): number {
    return (this.stmts.head.get() as { position: number } | undefined)?.position ?? 0;
  }

  count(): number {
    return this.stmts.count.get() as number;
  }

  /** Walks the whole chain: positions gap-free from 1, each hash recomputed and linked. */
  verify(onProgress?: (checked: number, total: number) => void): ChainReport {
    const total = onProgress ? this.count() : 0;
    let prevHash = GENESIS_HASH;
    let expected = 1;
    let checked = 0;
    for (const r of this.stmts.verify.iterate() as IterableIterator<EventRow>) {
      const fail = (message: string): ChainReport => ({ ok: false, checked, brokenAt: r.position, message });
      if (r.position !== expected)
        return fail(`Gap in the log: expected position ${expected}, found ${r.position}`);
      if (r.prev_hash !== prevHash)
        return fail(`Event at position ${r.position} does not link to the one before it`);
      const h = eventHash(prevHash, {
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
      });
      if (h !== r.hash)
        return fail(`Event at position ${r.position} was altered: its hash does not match its content`);
      prevHash = r.hash;
      expected++;
      checked++;
      if (onProgress && checked % 10000 === 0) onProgress(checked, total);
    }
    return { ok: true, checked, brokenAt: null, message: `All ${checked} events verified` };
  }

  saveSnapshot(streamId: string, s: Snapshot): void {
    this.stmts.saveSnapshot.run(streamId, s.version, s.schemaVersion, JSON.stringify(s.state));
  }

  loadSnapshot(streamId: string, schemaVersion: number): Snapshot | null {
    const row = this.stmts.loadSnapshot.get(streamId) as
      { version: number; schema_version: number; state: string } | undefined;
    // A snapshot of another schema version is ignored: the aggregate replays instead.
    if (!row || row.schema_version !== schemaVersion) return null;
    return { version: row.version, schemaVersion: row.schema_version, state: JSON.parse(row.state) };
  }

  deleteSnapshots(): void {
    this.stmts.deleteSnapshots.run();
  }

  /** Parses stored event data and upcasts it to the type's current schema version. */
  private decodeData(
    eventType: string,
    storedVersion: number,
    text: string,
  ): { schemaVersion: number; data: Record<string, unknown> } {
    const data = JSON.parse(text) as Record<string, unknown>;
    const current = this.currentSchemaVersion(eventType);
    if (storedVersion < current) return this.upcasters.upcast(eventType, storedVersion, current, data);
    return { schemaVersion: storedVersion, data };
  }

  toStored(r: EventRow): StoredEvent {
    const { schemaVersion, data } = this.decodeData(r.event_type, r.schema_version, r.data);
    return {
      eventId: r.event_id,
      aggregateId: r.stream_id,
      aggregateType: r.stream_type,
      eventType: r.event_type as EventType,
      version: r.version,
      position: r.position,
      timestamp: new Date(r.timestamp).toISOString(),
      schemaVersion,
      data,
      metadata: JSON.parse(r.metadata),
      hash: r.hash,
      prevHash: r.prev_hash,
    } as StoredEvent;
  }
}

function checkExpected(streamId: string, expected: ExpectedVersion, actual: number | null): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === null) ||
    (expected === 'stream_exists' && actual !== null) ||
    (typeof expected === 'number' && (expected === 0 ? actual === null : actual === expected));
  if (!ok) {
    throw new LedgerError(
      'conflict',
      `Stream ${streamId} changed meanwhile: expected ${describe(expected)}, found ${actual === null ? 'no stream' : `version ${actual}`}`,
      'wrong_expected_version',
      { streamId, expected, actual },
    );
  }
}

function describe(e: ExpectedVersion): string {
  if (typeof e === 'number') return e === 0 ? 'no stream' : `version ${e}`;
  return e === 'no_stream' ? 'no stream' : e === 'stream_exists' ? 'an existing stream' : 'any version';
}
