// A SQLite projection: a read model folded from the log into tables of the ledger file. Each one
// names its tables by a logical name, so the rebuilder can build the same tables under shadow
// names and swap them in.
import type Database from 'better-sqlite3';
import type { ProjectionName } from '../../../src-shared/contract';
import type { EventStore, ProjectedEvent } from '../../eventstore/types';

/** Logical table name → physical table name (the live name, or a shadow name during a rebuild). */
export type TableNames = Readonly<Record<string, string>>;

/** What a fold step may look up besides its own tables. */
export interface WriterContext {
  /** The global position of an event, by id (e.g. the movement a correction reverses). */
  positionOf(eventId: string): number | null;
  /** The latest recording time before a position (ms), null for the first event. */
  latestTimestampBefore(position: number): number | null;
}

export interface Projection {
  readonly name: ProjectionName;
  /** Bump when the tables or the fold change: the projection is then rebuilt on open. */
  readonly definitionVersion: number;
  readonly tables: readonly string[];
  /** Creates the tables; index names get `tag` so shadow and live indexes never collide. */
  create(db: Database.Database, names: TableNames, tag: string): void;
  /** Returns a fold step bound to prepared statements on the given tables. */
  writer(db: Database.Database, names: TableNames, ctx: WriterContext): (event: ProjectedEvent) => void;
}

export const writerContext = (store: EventStore): WriterContext => ({
  positionOf: (id) => store.getEvent(id)?.position ?? null,
  latestTimestampBefore: (p) => store.latestTimestampBefore(p),
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
