// A SQLite projection: a read model folded from the log into tables of the ledger file. Each one
// names its tables by a logical name, so the rebuilder can build the same tables under shadow
// names and swap them in.
import type Database from 'better-sqlite3';
import type { ProjectionName } from '../../../src-shared/contract';
import type { EventMetadata } from '../../../src-shared/events';
import type { EventStore, ProjectedEvent, ProjectedMetadata } from '../../eventstore/types';

/** Logical table name → physical table name (the live name, or a shadow name during a rebuild). */
export type TableNames = Readonly<Record<string, string>>;

/** What a fold step may look up besides its own tables. */
export interface WriterContext {
  /** The global position of an event, by id (e.g. the movement a correction reverses). */
  positionOf(eventId: string): number | null;
  /** An event by id, as stored (upcast): e.g. the movement a categorization names. */
  getEvent(eventId: string): ProjectedEvent | null;
  /** The latest recording time before a position (ms), null for the first event. */
  latestTimestampBefore(position: number): number | null;
  /**
   * The metadata a projection reads (ProjectedMetadata): the stored event's own for the inline
   * apply, what `readAllProjected` carries during a catch-up or a rebuild; a lookup by id only
   * for an event from elsewhere. Only the import history asks, for movements.
   */
  metadataOf(event: ProjectedEvent): ProjectedMetadata;
}

/** A rebuild's fold: holds what it can in memory and writes it at `flush` (before every commit). */
export interface BulkWriter {
  apply(event: ProjectedEvent): void;
  flush(): void;
  /**
   * After the bulk load, before the final catch-up: the steps that move what was staged into the
   * tables, each run in its own transaction; later flushes write the tables directly.
   */
  finish?(): Array<() => void>;
  /** The rebuild failed or was cancelled: drop what was staged (TEMP tables vanish on close anyway). */
  discard?(): void;
}

export interface CreateOptions {
  /** false: the tables only (and the indexes the fold itself reads); `indexes` lists the rest. */
  indexes?: boolean;
}

export interface Projection {
  readonly name: ProjectionName;
  /** Bump when the tables or the fold change: the projection is then rebuilt on open. */
  readonly definitionVersion: number;
  readonly tables: readonly string[];
  /**
   * Creates the tables and their indexes; index names get `tag` so shadow and live indexes never
   * collide. With `indexes: false`, the secondary indexes no fold step reads (`indexes`) are
   * left out: a rebuild makes them after the bulk load (a sort each, instead of a B-tree insert
   * per row), one transaction each so that waiting commands get the lock in between.
   */
  create(db: Database.Database, names: TableNames, tag: string, options?: CreateOptions): void;
  /** The CREATE INDEX statements `create(…, { indexes: false })` leaves out. */
  indexes?(names: TableNames, tag: string): string[];
  /** Returns a fold step bound to prepared statements on the given tables. */
  writer(db: Database.Database, names: TableNames, ctx: WriterContext): (event: ProjectedEvent) => void;
  /**
   * For a rebuild only: the same fold from empty tables, in position order, keeping each
   * account's running state in memory instead of reading it back per event. Its rows must be
   * exactly the writer's (the property tests compare rebuilt with incremental). Absent: the
   * rebuild uses `writer`.
   */
  bulkWriter?(db: Database.Database, names: TableNames, ctx: WriterContext): BulkWriter;
}

export const writerContext = (store: EventStore): WriterContext => ({
  positionOf: (id) => store.getEvent(id)?.position ?? null,
  getEvent: (id) => store.getEvent(id),
  latestTimestampBefore: (p) => store.latestTimestampBefore(p),
  metadataOf: (e) =>
    'metadata' in e
      ? (e as { metadata: EventMetadata }).metadata
      : (e.projectedMetadata ?? store.getEvent(e.eventId)?.metadata ?? {}),
});

export const liveNames = (p: Projection): TableNames => Object.fromEntries(p.tables.map((t) => [t, t]));
/**
 * A rebuild's own shadow tables: the run's tag is part of the name, so two runs over the same
 * file (verify's dry run while the worker rebuilds, or a CLI rebuild while the app rebuilds)
 * never write into each other's tables.
 */
export const shadowNames = (p: Projection, tag: string): TableNames =>
  Object.fromEntries(p.tables.map((t) => [t, `${t}${SHADOW}${tag}`]));
export const SHADOW = '__shadow_';

/** 'YYYY-MM' of an ISO timestamp, in UTC. */
export const monthOf = (iso: string) => iso.slice(0, 7);
