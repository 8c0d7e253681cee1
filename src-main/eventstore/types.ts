// The event store's contract, independent of SQLite. The application, the domain, the projections
// and the backups depend on this interface only; the contract test suite
// (tests/support/event-store-contract.ts) specifies it, and every implementation (SQLite, in
// memory, a future server-backed one) must pass that suite.
//
// The interface is synchronous on purpose: a command loads its aggregate, decides, appends and
// updates the inline projections in one local transaction with no awaits in between, which is
// what makes a command fast and atomic. The suite awaits every call, so an asynchronous
// implementation can run it too.
import type { EventMetadata, EventType, StoredEvent } from '../../src-shared/events';
import type { EventRecord } from './encoding';

export type { EventRecord } from './encoding';

/**
 * 'any': no check. 'no_stream': the stream must not exist. 'stream_exists': it must exist.
 * A number N: the stream's current version must be exactly N (0 means it must not exist).
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface NewEvent {
  /** Supplied by the caller for idempotent retries; a random UUID otherwise. */
  eventId?: string;
  type: EventType;
  data: object;
  metadata?: EventMetadata;
  /** ms since the epoch; now by default. */
  timestamp?: number;
  /** Defaults to the type's current schema version (set lower only to store legacy events). */
  schemaVersion?: number;
}

export interface AppendBatch {
  streamId: string;
  streamType: string;
  expectedVersion: ExpectedVersion;
  events: NewEvent[];
}

export interface AppendResult {
  /** True when every event id was already stored with the same content: nothing was written. */
  duplicate: boolean;
  /** Global positions of the events, in the order given. */
  positions: number[];
  lastPosition: number;
  /** Each stream's version after the append. */
  streamVersions: Record<string, number>;
  /** The stored events (the originals, for a duplicate append), in position order. */
  events: StoredEvent[];
}

export interface ReadAllOptions {
  limit?: number;
  types?: readonly EventType[];
  streams?: readonly string[];
  /** Rows fetched per round trip; the reader never holds more than this in memory. */
  pageSize?: number;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  message: string;
}

export interface Snapshot {
  version: number;
  schemaVersion: number;
  state: unknown;
}

/** The head of the log: its last position and that event's hash. */
export interface LogHead {
  position: number;
  hash: string;
}

/** What an aggregate folds: no envelope (metadata, hashes and timestamps are not read). */
export type FoldedEvent = Pick<StoredEvent, 'eventType' | 'version' | 'data'>;

/** The only metadata a projection reads: which statement import wrote a movement. */
export type ProjectedMetadata = Pick<EventMetadata, 'importBatchId' | 'importFile' | 'importFormat'>;
export const PROJECTED_METADATA_KEYS = ['importBatchId', 'importFile', 'importFormat'] as const;

/**
 * An event as the projections fold it: the stored envelope without its hash chain and without
 * its metadata, except the keys a projection reads (`projectedMetadata`, set by
 * `readAllProjected`, so a rebuild never looks an event up again). Every StoredEvent is one (the
 * inline projection passes those, metadata included).
 */
export type ProjectedEvent = StoredEvent extends infer E
  ? E extends StoredEvent
    ? Omit<E, 'metadata' | 'hash' | 'prevHash'> & { projectedMetadata?: ProjectedMetadata }
    : never
  : never;

export interface EventStore {
  /**
   * Runs `fn` as one atomic unit of work that holds the write lock: everything it appends (and
   * what the caller writes to the same database, such as projections) commits together or not at
   * all. A nested call joins the outer unit.
   */
  transaction<T>(fn: () => T): T;
  appendMany(batches: AppendBatch[]): AppendResult;
  append(streamId: string, streamType: string, expected: ExpectedVersion, events: NewEvent[]): AppendResult;
  /**
   * Appends events that already carry their envelope and hash (an imported log): each must
   * continue the chain at the head (next position, prevHash = the head's hash) with a hash that
   * the store recomputes; the first that does not is refused with its position.
   */
  appendRecords(records: Iterable<EventRecord>): { count: number; head: LogHead | null };

  readStream(streamId: string, fromVersion?: number): StoredEvent[];
  /** A stream as an aggregate folds it: type, version and (upcast) data only. */
  readStreamData(streamId: string, fromVersion?: number): FoldedEvent[];
  /** The log in global order, a page at a time: memory stays flat whatever its size. */
  readAll(fromPosition?: number, options?: ReadAllOptions): Iterable<StoredEvent>;
  /** The log in global order as the projections fold it (catch-up, rebuild, verify). */
  readAllProjected(
    fromPosition?: number,
    options?: Pick<ReadAllOptions, 'limit' | 'pageSize'>,
  ): Iterable<ProjectedEvent>;
  /** The log in its stored form (the JSON exactly as hashed), for export and verification. */
  readRecords(
    fromPosition?: number,
    options?: Pick<ReadAllOptions, 'limit' | 'pageSize'>,
  ): Iterable<EventRecord>;
  /** Decodes (and upcasts) one stored record; throws when the app cannot read it. */
  decode(record: EventRecord): StoredEvent;

  getEvent(eventId: string): StoredEvent | null;
  findByCommandId(commandId: string): StoredEvent[];
  streamVersion(streamId: string): number | null;
  /**
   * The version and hash of a stream's last event (null for no stream): one index seek. The hash
   * names that event in this log exactly, so a state cached at it is known to be current.
   */
  streamTip(streamId: string): { version: number; hash: string } | null;
  headPosition(): number;
  head(): LogHead | null;
  /** The stored event at `position`, or null when there is none. */
  recordAt(position: number): EventRecord | null;
  /**
   * The position of the event with the latest timestamp at or before `timestamp` (ms since the
   * epoch), ties by position; 0 when none. One index seek. Where timestamps do not rise with
   * positions (a clock stepped back, history appended with its own times), a later position may
   * also be recorded by then: the timeline's late entries answer that (see ReadModel.balancesAsOf).
   */
  positionAt(timestamp: number): number;
  /** The latest timestamp among the events before `position` (null when none): one index seek. */
  latestTimestampBefore(position: number): number | null;
  count(): number;
  /** Walks the chain from `fromPosition` (0: from the start): positions gap-free, hashes recomputed and linked. */
  verify(onProgress?: (checked: number, total: number) => void, fromPosition?: number): ChainReport;

  saveSnapshot(streamId: string, snapshot: Snapshot): void;
  loadSnapshot(streamId: string, schemaVersion: number): Snapshot | null;
  deleteSnapshots(): void;
}
