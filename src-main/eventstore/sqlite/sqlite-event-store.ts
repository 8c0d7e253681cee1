// The SQLite event store (better-sqlite3, synchronous): a command's load, decide, append and
// projection updates run in one SQLite transaction with no awaits in between. The rules of
// appending and verifying are shared with every store (../append.ts); this module is the storage.
import type Database from 'better-sqlite3';
import { LedgerError } from '../../../src-shared/errors';
import type { EventType, StoredEvent } from '../../../src-shared/events';
import { commandEventId } from '../command-event-ids';
import { appendBatches, appendSealed, verifyRecords, type AppendTarget } from '../append';
import {
  decodeRecord,
  noUpcast,
  projectedEvent,
  projectedMetadataOf,
  type EventRecord,
  type Upcast,
} from '../encoding';
import type {
  AppendBatch,
  AppendResult,
  ChainReport,
  EventStore,
  ExpectedVersion,
  FoldedEvent,
  LogHead,
  NewEvent,
  ProjectedEvent,
  ReadAllOptions,
  Snapshot,
} from '../types';
import { eventStatements, pagedRows, recordOf, type EventRow, type ProjectedRow } from './event-statements';

export interface SqliteEventStoreOptions {
  /** Reads older stored schema versions as today's (the ledger's upcasters by default in openStore). */
  upcast?: Upcast;
  /** Current schema version of an event type (the default for new events). */
  currentSchemaVersion?: (eventType: string) => number;
}

export class SqliteEventStore implements EventStore {
  private readonly upcast: Upcast;
  private readonly stmts;
  private readonly target: AppendTarget;
  private readonly filteredReads = new Map<string, Database.Statement>();
  /** The last event of this append stored without a command-id index entry (see insert). */
  private derived: { commandId: string; index: number } | null = null;

  constructor(
    readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    this.upcast = options.upcast ?? noUpcast;
    const currentSchemaVersion = options.currentSchemaVersion ?? (() => 1);
    this.stmts = eventStatements(db);
    this.target = {
      head: () => this.head(),
      streamVersion: (id) => this.streamVersion(id),
      recordById: (id) => {
        const row = this.stmts.byEventId.get(id) as EventRow | undefined;
        return row ? recordOf(row) : null;
      },
      insert: (r) => this.insert(r),
      decode: (r) => this.decode(r),
      currentSchemaVersion,
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
      this.derived = null;
      return appendBatches(this.target, batches);
    });
  }

  appendRecords(records: Iterable<EventRecord>): { count: number; head: LogHead | null } {
    return this.transaction(() => {
      this.derived = null;
      return appendSealed(this.target, records);
    });
  }

  /**
   * The command_id column (indexed where not null) is what finds a command's events. An event
   * whose id is its command's derived id for its index (0, 1, … within one append, each after
   * the one before) is found through the event-id index instead (see findByCommandId), so it is
   * stored with a null command_id: one index fewer to write per command. The command id stays in
   * the metadata, which is what is hashed; the column is derived data either way.
   */
  private commandIdColumn(r: EventRecord): string | null {
    const commandId = commandIdOf(r.metadata);
    if (commandId === null) return null;
    const index = this.derived?.commandId === commandId ? this.derived.index + 1 : 0;
    // A derived id is a version-8 UUID: any other id (a random v4 one) is not hashed to compare.
    if (r.eventId[14] === '8' && r.eventId === commandEventId(commandId, index)) {
      this.derived = { commandId, index };
      return null;
    }
    this.derived = null;
    return commandId;
  }

  private insert(r: EventRecord): void {
    const commandId = this.commandIdColumn(r);
    try {
      this.stmts.insert.run(
        r.position,
        r.eventId,
        r.streamId,
        r.streamType,
        r.version,
        r.eventType,
        r.schemaVersion,
        r.timestamp,
        r.data,
        r.metadata,
        commandId,
        r.prevHash,
        r.hash,
      );
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new LedgerError('conflict', `Event id ${r.eventId} is used twice`, 'duplicate_event_id', {
          eventId: r.eventId,
        });
      }
      throw err;
    }
  }

  readStream(streamId: string, fromVersion = 1): StoredEvent[] {
    return (this.stmts.stream.all(streamId, fromVersion) as EventRow[]).map((r) => this.decode(recordOf(r)));
  }

  readStreamData(streamId: string, fromVersion = 1): FoldedEvent[] {
    const rows = this.stmts.streamData.all(streamId, fromVersion) as Array<
      [number, string, number, string, number]
    >;
    const out: FoldedEvent[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const [version, eventType, schemaVersion, text, timestamp] = rows[i]!;
      out[i] = {
        eventType: eventType as EventType,
        version,
        data: this.upcast(eventType, schemaVersion, JSON.parse(text), timestamp).data,
      } as FoldedEvent;
    }
    return out;
  }

  *readAll(fromPosition = 0, options: ReadAllOptions = {}): Generator<StoredEvent> {
    const filters = [...(options.types ?? []), ...(options.streams ?? [])];
    const stmt = this.pageStatement(options);
    for (const row of pagedRows<EventRow>(
      (after, n) => stmt.all(after, ...filters, n) as EventRow[],
      fromPosition,
      options,
      (r) => r.position,
    ))
      yield this.decode(recordOf(row));
  }

  *readAllProjected(
    fromPosition = 0,
    options: Pick<ReadAllOptions, 'limit' | 'pageSize'> = {},
  ): Generator<ProjectedEvent> {
    const page = (after: number, n: number) => this.stmts.projectedPage.all(after, n) as ProjectedRow[];
    for (const r of pagedRows(page, fromPosition, options, (row) => row[0])) {
      const [
        position,
        eventId,
        streamId,
        streamType,
        version,
        eventType,
        schemaVersion,
        timestamp,
        data,
        meta,
      ] = r;
      yield projectedEvent(
        { position, eventId, streamId, streamType, version, eventType, timestamp },
        this.upcast(eventType, schemaVersion, JSON.parse(data), timestamp),
        projectedMetadataOf(meta),
      );
    }
  }

  *readRecords(
    fromPosition = 0,
    options: Pick<ReadAllOptions, 'limit' | 'pageSize'> = {},
  ): Generator<EventRecord> {
    const page = (after: number, n: number) => this.stmts.page.all(after, n) as EventRow[];
    for (const row of pagedRows(page, fromPosition, options, (r) => r.position)) yield recordOf(row);
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
      stmt = this.db.prepare(`SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`);
      this.filteredReads.set(key, stmt);
    }
    return stmt;
  }

  decode(r: EventRecord): StoredEvent {
    return decodeRecord(r, this.upcast);
  }

  getEvent(eventId: string): StoredEvent | null {
    const row = this.stmts.byEventId.get(eventId) as EventRow | undefined;
    return row ? this.decode(recordOf(row)) : null;
  }

  findByCommandId(commandId: string): StoredEvent[] {
    const rows = this.stmts.byCommandId.all(commandId) as EventRow[];
    // Then the events stored without an index entry: the derived ids 0, 1, … (see insert).
    let added = false;
    for (let i = 0; ; i++) {
      const row = this.stmts.byEventId.get(commandEventId(commandId, i)) as EventRow | undefined;
      if (!row || row.command_id !== null || commandIdOf(row.metadata) !== commandId) break;
      rows.push(row);
      added = true;
    }
    if (added) rows.sort((a, b) => a.position - b.position);
    return rows.map((r) => this.decode(recordOf(r)));
  }

  streamVersion(streamId: string): number | null {
    return (this.stmts.streamVersion.get(streamId) as number | undefined) ?? null;
  }

  streamTip(streamId: string): { version: number; hash: string } | null {
    return (this.stmts.streamTip.get(streamId) as { version: number; hash: string } | undefined) ?? null;
  }

  headPosition(): number {
    return this.head()?.position ?? 0;
  }

  head(): LogHead | null {
    return (this.stmts.head.get() as LogHead | undefined) ?? null;
  }

  recordAt(position: number): EventRecord | null {
    const row = this.stmts.byPosition.get(position) as EventRow | undefined;
    return row ? recordOf(row) : null;
  }

  positionAt(timestamp: number): number {
    return (this.stmts.positionAt.get(timestamp) as number | null) ?? 0;
  }

  latestTimestampBefore(position: number): number | null {
    return (this.stmts.latestBefore.get(position) as number | undefined) ?? null;
  }

  count(): number {
    return this.stmts.count.get() as number;
  }

  verify(onProgress?: (checked: number, total: number) => void, fromPosition = 0): ChainReport {
    const total = onProgress ? this.count() - fromPosition : 0;
    const from =
      fromPosition > 0 ? { position: fromPosition, hash: this.recordAt(fromPosition)?.hash ?? '' } : null;
    const rows = this.stmts.verify.iterate(fromPosition) as IterableIterator<EventRow>;
    const records = (function* () {
      for (const r of rows) yield recordOf(r);
    })();
    return verifyRecords(records, from, onProgress && ((n) => onProgress(n, total)));
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
}

/** The command id is its own column (indexed): the command-id lookup must not parse metadata. */
function commandIdOf(metadata: string): string | null {
  const id = (JSON.parse(metadata) as { commandId?: unknown }).commandId;
  return typeof id === 'string' ? id : null;
}
