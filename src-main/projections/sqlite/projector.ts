// Keeps the SQLite projections current: creates their tables, catches each one up from its
// checkpoint on open, applies new events inline, inside the append's transaction, and rebuilds.
import type Database from 'better-sqlite3';
import type { StoredEvent } from '../../../src-shared/events';
import type { EventStore } from '../../eventstore/types';
import type { ProjectionEngine, RebuildOptions, RebuildResult } from '../types';
import { liveNames, writerContext, type Projection } from './projection';
import { ensureCheckpointTable, newTag } from './checkpoints';
import { rebuildProjections } from './rebuild';
import { allProjections } from './registry';

export const CATCH_UP_BATCH = 5000;

/** The projection's live tables that are not in the file as tables (dropped, or a view instead). */
export function missingTables(db: Database.Database, p: Projection): string[] {
  const isTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck();
  return p.tables.filter((t) => isTable.get(liveNames(p)[t]) === undefined);
}

/** The projection's live table names that are views in the file (another program put them there). */
export function viewsInPlace(db: Database.Database, p: Projection): string[] {
  const isView = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'view' AND name = ?`).pluck();
  return p.tables.filter((t) => isView.get(liveNames(p)[t]) !== undefined);
}

export class Projector implements ProjectionEngine {
  private writers: Array<(e: StoredEvent) => void> | null = null;
  private readonly setCheckpoints: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly store: EventStore,
    readonly projections: readonly Projection[] = allProjections,
  ) {
    ensureCheckpointTable(db);
    this.setCheckpoints = db.prepare('UPDATE projection_checkpoints SET position = ? WHERE position < ?');
  }

  /** Creates missing (or outdated) projections and catches every one up to the head of the log. */
  open(onProgress?: (done: number, total: number) => void): void {
    const get = this.db.prepare(
      'SELECT position, definition_version FROM projection_checkpoints WHERE name = ?',
    );
    for (const p of this.projections) {
      const cp = get.get(p.name) as { position: number; definition_version: number } | undefined;
      // A table dropped from the file (by another program) is recreated and refilled from the
      // log, so a damaged projection never makes the ledger unopenable.
      if (!cp || cp.definition_version !== p.definitionVersion || missingTables(this.db, p).length > 0)
        this.recreate(p);
    }
    this.catchUp(onProgress);
  }

  private recreate(p: Projection): void {
    this.store.transaction(() => {
      // A view in the table's place goes first (DROP TABLE refuses a view).
      for (const t of viewsInPlace(this.db, p)) this.db.exec(`DROP VIEW ${liveNames(p)[t]}`);
      for (const t of p.tables) this.db.exec(`DROP TABLE IF EXISTS ${t}`);
      p.create(this.db, liveNames(p), newTag());
      this.db
        .prepare(
          `INSERT INTO projection_checkpoints (name, position, definition_version) VALUES (?, 0, ?)
           ON CONFLICT (name) DO UPDATE SET position = 0, definition_version = excluded.definition_version`,
        )
        .run(p.name, p.definitionVersion);
    });
    this.writers = null;
  }

  /** Applies the log after each projection's checkpoint, in batches (a new projection fills itself). */
  catchUp(onProgress?: (done: number, total: number) => void): void {
    const rows = this.db.prepare('SELECT name, position FROM projection_checkpoints').all() as Array<{
      name: string;
      position: number;
    }>;
    const head = this.store.headPosition();
    const from = new Map(rows.map((r) => [r.name, r.position]));
    const behind = this.projections.filter((p) => (from.get(p.name) ?? 0) < head);
    if (behind.length === 0) return;
    const start = Math.min(...behind.map((p) => from.get(p.name) ?? 0));
    const writers = behind.map((p) => ({
      at: from.get(p.name) ?? 0,
      apply: p.writer(this.db, liveNames(p), writerContext(this.store)),
      name: p.name,
    }));
    const save = this.db.prepare('UPDATE projection_checkpoints SET position = ? WHERE name = ?');
    let pos = start;
    while (pos < head) {
      this.store.transaction(() => {
        for (const e of this.store.readAllProjected(pos, { limit: CATCH_UP_BATCH })) {
          for (const w of writers) if (e.position > w.at) w.apply(e);
          pos = e.position;
        }
        for (const w of writers) if (pos > w.at) save.run(pos, w.name);
      });
      for (const w of writers) w.at = Math.max(w.at, pos);
      onProgress?.(pos - start, head - start);
    }
  }

  /** Inline update: call inside the transaction that appended `events`. */
  apply(events: readonly StoredEvent[]): void {
    if (events.length === 0) return;
    this.writers ??= this.projections.map((p) => p.writer(this.db, liveNames(p), writerContext(this.store)));
    for (const e of events) for (const w of this.writers) w(e);
    const last = events[events.length - 1]!.position;
    this.setCheckpoints.run(last, last);
  }

  rebuild(options: RebuildOptions = {}): RebuildResult {
    const result = rebuildProjections(this.db, this.store, options);
    this.writers = null; // the swapped tables are new: prepare the inline writers again
    return result;
  }
}
