// The event store's contract, independent of SQLite: the contract test suite runs against this
// interface, so another implementation (say PostgreSQL) can prove itself with the same tests.
import type { EventMetadata, EventType, StoredEvent } from '../../src-shared/events';

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

type Awaitable<T> = T | Promise<T>;

export interface EventStore {
  appendMany(batches: AppendBatch[]): Awaitable<AppendResult>;
  append(
    streamId: string,
    streamType: string,
    expected: ExpectedVersion,
    events: NewEvent[],
  ): Awaitable<AppendResult>;
  readStream(streamId: string, fromVersion?: number): Awaitable<StoredEvent[]>;
  readAll(
    fromPosition?: number,
    options?: ReadAllOptions,
  ): Iterable<StoredEvent> | AsyncIterable<StoredEvent>;
  getEvent(eventId: string): Awaitable<StoredEvent | null>;
  findByCommandId(commandId: string): Awaitable<StoredEvent[]>;
  streamVersion(streamId: string): Awaitable<number | null>;
  headPosition(): Awaitable<number>;
  count(): Awaitable<number>;
  verify(onProgress?: (checked: number, total: number) => void): Awaitable<ChainReport>;
  saveSnapshot(streamId: string, snapshot: Snapshot): Awaitable<void>;
  loadSnapshot(streamId: string, schemaVersion: number): Awaitable<Snapshot | null>;
  deleteSnapshots(): Awaitable<void>;
}
