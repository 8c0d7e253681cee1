// An event store in memory: the second implementation of the EventStore contract (it passes the
// same suite as SQLite). It keeps records in their stored form and shares the append and verify
// rules with every store, so it is a faithful stand-in for tests and a reference for the seam a
// server-backed store must satisfy. A failed transaction undoes its appends and snapshot writes.
import { LedgerError } from '../../../src-shared/errors';
import type { StoredEvent } from '../../../src-shared/events';
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

interface State {
  log: EventRecord[];
  byId: Map<string, EventRecord>;
  streams: Map<string, EventRecord[]>;
  snapshots: Map<string, Snapshot>;
}

export class MemoryEventStore implements EventStore {
  private readonly state: State = { log: [], byId: new Map(), streams: new Map(), snapshots: new Map() };
  private depth = 0;
  private readonly upcast: Upcast;
  private readonly target: AppendTarget;

  constructor(options: { upcast?: Upcast; currentSchemaVersion?: (eventType: string) => number } = {}) {
    this.upcast = options.upcast ?? noUpcast;
    this.target = {
      head: () => this.head(),
      streamVersion: (id) => this.streamVersion(id),
      recordById: (id) => this.state.byId.get(id) ?? null,
      insert: (r) => {
        if (this.state.byId.has(r.eventId))
          throw new LedgerError('conflict', `Event id ${r.eventId} is used twice`, 'duplicate_event_id');
        this.state.log.push(r);
        this.state.byId.set(r.eventId, r);
        const stream = this.state.streams.get(r.streamId) ?? [];
        stream.push(r);
        this.state.streams.set(r.streamId, stream);
      },
      decode: (r) => this.decode(r),
      currentSchemaVersion: options.currentSchemaVersion ?? (() => 1),
    };
  }

  transaction<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    const length = this.state.log.length;
    const snapshots = new Map(this.state.snapshots);
    this.depth++;
    try {
      return fn();
    } catch (e) {
      this.rollback(length, snapshots);
      throw e;
    } finally {
      this.depth--;
    }
  }

  private rollback(length: number, snapshots: Map<string, Snapshot>): void {
    for (const r of this.state.log.splice(length)) {
      this.state.byId.delete(r.eventId);
      this.state.streams.get(r.streamId)?.pop();
      if (this.state.streams.get(r.streamId)?.length === 0) this.state.streams.delete(r.streamId);
    }
    this.state.snapshots = snapshots;
  }

  append(streamId: string, streamType: string, expected: ExpectedVersion, events: NewEvent[]): AppendResult {
    return this.appendMany([{ streamId, streamType, expectedVersion: expected, events }]);
  }

  appendMany(batches: AppendBatch[]): AppendResult {
    return this.transaction(() => appendBatches(this.target, batches));
  }

  appendRecords(records: Iterable<EventRecord>): { count: number; head: LogHead | null } {
    return this.transaction(() => appendSealed(this.target, records));
  }

  readStream(streamId: string, fromVersion = 1): StoredEvent[] {
    return this.streamRecords(streamId, fromVersion).map((r) => this.decode(r));
  }

  readStreamData(streamId: string, fromVersion = 1): FoldedEvent[] {
    return this.streamRecords(streamId, fromVersion).map((r) => {
      const e = this.decode(r);
      return { eventType: e.eventType, version: e.version, data: e.data } as FoldedEvent;
    });
  }

  private streamRecords(streamId: string, fromVersion: number): EventRecord[] {
    return (this.state.streams.get(streamId) ?? []).filter((r) => r.version >= fromVersion);
  }

  *readAll(fromPosition = 0, options: ReadAllOptions = {}): Generator<StoredEvent> {
    let left = options.limit ?? Number.POSITIVE_INFINITY;
    for (const r of this.state.log.slice(fromPosition)) {
      if (left <= 0) return;
      if (options.types?.length && !options.types.includes(r.eventType as never)) continue;
      if (options.streams?.length && !options.streams.includes(r.streamId)) continue;
      left--;
      yield this.decode(r);
    }
  }

  *readAllProjected(
    fromPosition = 0,
    options: Pick<ReadAllOptions, 'limit'> = {},
  ): Generator<ProjectedEvent> {
    for (const r of this.readRecords(fromPosition, options))
      yield projectedEvent(
        r,
        this.upcast(r.eventType, r.schemaVersion, JSON.parse(r.data), r.timestamp),
        projectedMetadataOf(r.metadata),
      );
  }

  *readRecords(fromPosition = 0, options: Pick<ReadAllOptions, 'limit'> = {}): Generator<EventRecord> {
    const end = options.limit === undefined ? undefined : fromPosition + options.limit;
    yield* this.state.log.slice(fromPosition, end);
  }

  decode(r: EventRecord): StoredEvent {
    return decodeRecord(r, this.upcast);
  }

  getEvent(eventId: string): StoredEvent | null {
    const r = this.state.byId.get(eventId);
    return r ? this.decode(r) : null;
  }

  findByCommandId(commandId: string): StoredEvent[] {
    return this.state.log
      .filter((r) => (JSON.parse(r.metadata) as { commandId?: string }).commandId === commandId)
      .map((r) => this.decode(r));
  }

  streamVersion(streamId: string): number | null {
    const s = this.state.streams.get(streamId);
    return s?.length ? s[s.length - 1]!.version : null;
  }

  streamTip(streamId: string): { version: number; hash: string } | null {
    const s = this.state.streams.get(streamId);
    const last = s?.[s.length - 1];
    return last ? { version: last.version, hash: last.hash } : null;
  }

  headPosition(): number {
    return this.state.log.length;
  }

  head(): LogHead | null {
    const last = this.state.log[this.state.log.length - 1];
    return last ? { position: last.position, hash: last.hash } : null;
  }

  recordAt(position: number): EventRecord | null {
    return this.state.log[position - 1] ?? null;
  }

  positionAt(timestamp: number): number {
    // As the SQLite store: the latest timestamp at or before the moment, ties by position.
    let found: EventRecord | null = null;
    for (const r of this.state.log)
      if (r.timestamp <= timestamp && (!found || r.timestamp >= found.timestamp)) found = r;
    return found?.position ?? 0;
  }

  latestTimestampBefore(position: number): number | null {
    let latest: number | null = null;
    for (const r of this.state.log)
      if (r.position < position && (latest === null || r.timestamp > latest)) latest = r.timestamp;
    return latest;
  }

  count(): number {
    return this.state.log.length;
  }

  verify(onProgress?: (checked: number, total: number) => void, fromPosition = 0): ChainReport {
    const from =
      fromPosition > 0 ? { position: fromPosition, hash: this.recordAt(fromPosition)?.hash ?? '' } : null;
    const total = this.count() - fromPosition;
    return verifyRecords(
      this.state.log.slice(fromPosition),
      from,
      onProgress && ((n) => onProgress(n, total)),
    );
  }

  saveSnapshot(streamId: string, snapshot: Snapshot): void {
    this.state.snapshots.set(streamId, structuredClone(snapshot));
  }

  loadSnapshot(streamId: string, schemaVersion: number): Snapshot | null {
    const s = this.state.snapshots.get(streamId);
    return s && s.schemaVersion === schemaVersion ? structuredClone(s) : null;
  }

  deleteSnapshots(): void {
    this.state.snapshots.clear();
  }
}
