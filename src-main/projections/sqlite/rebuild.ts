// The rebuild: replays the log into shadow tables while the live read model keeps serving,
// then, under one write lock, applies what was appended meanwhile, compares, and swaps.
// A cancel, an error or a kill at any point leaves the live tables untouched.
import type Database from 'better-sqlite3';
import { LedgerError } from '../../../src-shared/errors';
import type { EventStore } from '../../eventstore/types';
import type { ProjectionDifference, RebuildOptions, RebuildResult } from '../types';
import { ensureCheckpointTable, newTag } from './checkpoints';
import {
  liveNames,
  SHADOW,
  shadowNames,
  writerContext,
  type BulkWriter,
  type Projection,
} from './projection';
import { projectionsNamed } from './registry';

/** Events per transaction; measured with `npm run bench` (W4): larger batches gain little past this. */
export const REBUILD_BATCH = 10_000;

/**
 * Pause between batches, with the write lock released, so that a command waiting for the lock
 * (on another connection: the main thread, another process) gets it. Without the pause the
 * rebuild re-takes the lock microseconds after committing, while SQLite's busy handler polls
 * the lock at growing intervals (up to every 100 ms): a waiting command starves through several
 * batches and fails with SQLITE_BUSY after busy_timeout. 100 ms covers the poll interval.
 */
export const REBUILD_PAUSE_MS = 100;

/**
 * The rebuild connection's page caches while it runs (KiB; SQLite's default is 16 MB for the main
 * file and as much again for TEMP, its staging tables, index sorts and the comparison's temporary
 * B-trees). The bulk load appends at the right edge of its B-trees and the index builds are
 * sorts that spill to temporary files, so a small cache costs little time and keeps the peak RSS
 * bounded (measured with W4: 152 -> 126 MB at 100,000 events). Restored afterwards.
 */
export const REBUILD_CACHE_KIB = 4000;
export const REBUILD_TEMP_CACHE_KIB = 1000;

const pauseCell = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` without spinning (Atomics.wait works on Node's main thread too). */
const sleep = (ms: number) => void Atomics.wait(pauseCell, 0, 0, ms);

export type { ProjectionDifference, RebuildOptions, RebuildResult } from '../types';

export function rebuildProjections(
  db: Database.Database,
  store: EventStore,
  opts: RebuildOptions = {},
): RebuildResult {
  const projections = projectionsNamed(opts.projections);
  const batch = opts.batchSize ?? REBUILD_BATCH;
  const pause = opts.pauseMs ?? REBUILD_PAUSE_MS;
  ensureCheckpointTable(db);
  // A real rebuild clears what killed runs left behind. A dry run (verify) leaves other runs'
  // tables alone: one of them may be a rebuild in progress on another connection.
  if (!opts.dryRun) dropLeftovers(db, projections);
  const tag = newTag();
  store.transaction(() => {
    // The secondary indexes are made after the bulk load: one sort each instead of a B-tree
    // insert per row (most of them at random places).
    for (const p of projections) p.create(db, shadowNames(p, tag), tag, { indexes: false });
  });
  const writers: BulkWriter[] = [];
  // The batches write only the shadow tables, which a crash discards anyway: they need no fsync
  // at commit (NORMAL stays safe from corruption in WAL mode). The final swap commits with the
  // connection's own setting.
  // (SQLite refuses the change inside a transaction: a caller's outer one keeps its setting.)
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const relaxed = synchronous > 1 && !db.inTransaction;
  if (relaxed) db.pragma('synchronous = NORMAL');
  const restoreSync = () => {
    if (relaxed && !db.inTransaction) db.pragma(`synchronous = ${synchronous}`);
  };
  const caches = {
    cache_size: db.pragma('cache_size', { simple: true }) as number,
    'temp.cache_size': db.pragma('temp.cache_size', { simple: true }) as number,
  };
  db.pragma(`cache_size = -${REBUILD_CACHE_KIB}`);
  db.pragma(`temp.cache_size = -${REBUILD_TEMP_CACHE_KIB}`);
  const restoreCaches = () => {
    for (const [name, value] of Object.entries(caches)) db.pragma(`${name} = ${value}`);
  };
  try {
    const ctx = writerContext(store);
    for (const p of projections) {
      const names = shadowNames(p, tag);
      writers.push(p.bulkWriter?.(db, names, ctx) ?? { apply: p.writer(db, names, ctx), flush: () => {} });
    }
    const total = store.headPosition();
    let pos = 0;
    const step = (limit: number) => {
      for (const e of store.readAllProjected(pos, { limit, pageSize: Math.min(limit, 2000) })) {
        for (const w of writers) w.apply(e);
        pos = e.position;
      }
      for (const w of writers) w.flush();
    };
    while (pos < total) {
      if (opts.isCancelled?.())
        throw new LedgerError('cancelled', 'The rebuild was cancelled; the read model is unchanged');
      store.transaction(() => step(Math.min(batch, total - pos)));
      opts.onProgress?.(pos, total);
      if (pause > 0 && pos < total && (opts.writerWaiting?.() ?? true)) (opts.sleep ?? sleep)(pause);
    }
    // Staged rows into their tables, then the secondary indexes: one transaction each, with the
    // same pause as between batches, so no command waits for all of them at once.
    const finishing = [
      ...writers.flatMap((w) => w.finish?.() ?? []),
      ...projections.flatMap((p) =>
        (p.indexes?.(shadowNames(p, tag), tag) ?? []).map((sql) => () => db.exec(sql)),
      ),
    ];
    for (const work of finishing) {
      if (opts.isCancelled?.())
        throw new LedgerError('cancelled', 'The rebuild was cancelled; the read model is unchanged');
      store.transaction(work);
      if (pause > 0 && (opts.writerWaiting?.() ?? true)) (opts.sleep ?? sleep)(pause);
    }
    restoreSync();
    // Final catch-up and swap under one write lock: commands wait for it, none is lost.
    const result = store.transaction(() => {
      step(Number.MAX_SAFE_INTEGER);
      const differences = opts.verify === false ? [] : compare(db, projections, tag);
      if (opts.dryRun) {
        dropShadows(db, projections, tag);
      } else {
        swap(db, projections, tag, pos);
      }
      opts.onProgress?.(pos, Math.max(total, pos));
      return { done: pos, total: Math.max(total, pos), differences };
    });
    restoreCaches();
    return result;
  } catch (e) {
    restoreSync();
    restoreCaches();
    for (const w of writers) w.discard?.();
    dropShadows(db, projections, tag);
    throw e;
  }
}

function swap(db: Database.Database, projections: readonly Projection[], tag: string, head: number): void {
  const cp = db.prepare(
    `INSERT INTO projection_checkpoints (name, position, definition_version) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, definition_version = excluded.definition_version`,
  );
  for (const p of projections) {
    const live = liveNames(p);
    const shadow = shadowNames(p, tag);
    for (const t of p.tables) {
      db.exec(`DROP TABLE IF EXISTS ${live[t]}`);
      db.exec(`ALTER TABLE ${shadow[t]} RENAME TO ${live[t]}`);
    }
    cp.run(p.name, head, p.definitionVersion);
  }
}

function dropShadows(db: Database.Database, projections: readonly Projection[], tag: string): void {
  for (const p of projections)
    for (const t of Object.values(shadowNames(p, tag))) db.exec(`DROP TABLE IF EXISTS ${t}`);
}

/** Shadow tables of these projections from any run (killed ones, or the old untagged names). */
function dropLeftovers(db: Database.Database, projections: readonly Projection[]): void {
  const find = db.prepare(
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND (name = ? OR substr(name, 1, ?) = ?)`,
  );
  for (const p of projections)
    for (const t of p.tables) {
      const prefix = `${t}${SHADOW}`;
      for (const name of find.pluck().all(`${t}__shadow`, prefix.length, prefix) as string[])
        db.exec(`DROP TABLE IF EXISTS "${name}"`);
    }
}

const tableExists = (db: Database.Database, name: string) =>
  db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;

/** Rows that differ between the live tables (incremental) and the shadow tables (rebuilt). */
function compare(
  db: Database.Database,
  projections: readonly Projection[],
  tag: string,
): ProjectionDifference[] {
  const out: ProjectionDifference[] = [];
  for (const p of projections) {
    const live = liveNames(p);
    const shadow = shadowNames(p, tag);
    for (const t of p.tables) {
      if (!tableExists(db, live[t]!)) {
        out.push({
          projection: p.name,
          message: `${t}: the table is missing (run a rebuild to recreate it)`,
        });
        continue;
      }
      const count = (sql: string) =>
        (db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number) ?? 0;
      const match = rowMatch(db, live[t]!);
      const missing = count(notIn(live[t]!, shadow[t]!, match));
      const extra = count(notIn(shadow[t]!, live[t]!, match));
      if (missing || extra) {
        out.push({
          projection: p.name,
          message: `${t}: ${missing} row(s) differ from the log's fold, ${extra} row(s) were missing or different`,
        });
      }
    }
  }
  return out;
}

/**
 * How a row of one copy of a table finds its twin in the other: by rowid, for a table whose key is
 * its rowid (INTEGER PRIMARY KEY) or a virtual table (FTS5), every column compared with IS. Null:
 * compare as sets (EXCEPT), which measured faster for WITHOUT ROWID tables (read in key order).
 */
function rowMatch(db: Database.Database, table: string): { key: string; columns: string[] } | null {
  const sql = db
    .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`)
    .pluck()
    .get(table);
  const info = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as Array<{
    name: string;
    type: string;
    pk: number;
  }>;
  const columns = info.map((c) => `"${c.name}"`);
  if (typeof sql !== 'string') return null;
  if (/^CREATE VIRTUAL TABLE/i.test(sql)) return { key: 'rowid', columns };
  const pk = info.filter((c) => c.pk > 0);
  if (/WITHOUT ROWID\s*$/i.test(sql) || pk.length !== 1 || pk[0]!.type.toUpperCase() !== 'INTEGER')
    return null;
  return { key: `"${pk[0]!.name}"`, columns };
}

/**
 * The rows of `a` with no identical row in `b`: with a key, one seek per row (no temporary
 * B-tree of either table, as EXCEPT builds); the same count as EXCEPT, rows being distinct.
 */
function notIn(a: string, b: string, m: { key: string; columns: string[] } | null): string {
  if (!m) return `SELECT * FROM ${a} EXCEPT SELECT * FROM ${b}`;
  const same = [`y.${m.key} = x.${m.key}`, ...m.columns.map((c) => `y.${c} IS x.${c}`)];
  return `SELECT 1 FROM ${a} x WHERE NOT EXISTS (SELECT 1 FROM ${b} y WHERE ${same.join(' AND ')})`;
}
