// A file from outside is data, never code: before a file is used as a ledger (opened, or offered
// for restore) every table, index, trigger and view in its sqlite_schema is compared, by name and
// SQL, with what this app creates. A trigger that silently drops appends, a view in place of a
// projection table or an extra index is refused, naming the first difference.
//
// The expected set is read from a fresh ledger built in memory with the same code that builds a
// real one (the log's migrations, the checkpoint table, every projection's create). Two things
// are normalised because this app itself produces them: projection index names carry a random
// tag, rebuilds use shadow table names, and SQLite quotes a table name it renamed.
import type Database from 'better-sqlite3';
import { ensureCheckpointTable } from '../../projections/sqlite/checkpoints';
import { liveNames, SHADOW } from '../../projections/sqlite/projection';
import { allProjections } from '../../projections/sqlite/registry';
import { connect } from './open-database';
import { migrations } from './migrations';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export interface SchemaDifference {
  /** 'unexpected' object, 'different' SQL, or a 'missing' object of the log. */
  kind: 'unexpected' | 'different' | 'missing';
  type: string;
  name: string;
  message: string;
}

const TAG = /_[0-9a-f]{8}$/;
const shadowRe = new RegExp(`(\\w+?)${SHADOW.replace(/_$/, '')}(?:_[0-9a-f]+)?`, 'g');

const readSchema = (db: Database.Database): SchemaRow[] =>
  db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid`).all() as SchemaRow[];

const projectionTables = new Set(allProjections.flatMap((p) => p.tables));

function isLeftoverShadow(row: SchemaRow): boolean {
  if (row.type !== 'table' && row.type !== 'index') return false;
  const m = new RegExp(`^(\\w+?)${SHADOW.replace(/_$/, '')}(?:_[0-9a-f]+)?$`).exec(row.tbl_name);
  return m !== null && projectionTables.has(m[1]!);
}

/** Name and SQL as this app would have written them under live names and without tags. */
function normalise(row: SchemaRow): { key: string; sql: string | null } {
  let name = row.name.replace(shadowRe, '$1');
  let sql = row.sql === null ? null : row.sql.replace(shadowRe, '$1');
  if (row.type === 'index' && !name.startsWith('sqlite_autoindex_')) {
    const bare = name.replace(TAG, '');
    if (sql !== null) sql = sql.split(name).join(bare);
    name = bare;
  }
  if (sql !== null)
    sql = sql
      .replace(/"(\w+)"/g, '$1')
      // FTS5 creates its own tables as CREATE TABLE 'name'(...); a rename rewrites it as "name".
      .replace(/^CREATE TABLE '(\w+)'/, 'CREATE TABLE $1')
      .replace(/\s+/g, ' ')
      .trim();
  return { key: `${row.type} ${name}`, sql };
}

const expectedByVersion = new Map<number, Map<string, string | null>>();
/** Tables of the log itself: they must be there; projection tables are recreated when missing. */
const LOG_TABLES = new Set(['events', 'snapshots', 'ledger_meta']);

/** The schema a fresh ledger of this schema version has (log migrations up to it, projections). */
export function expectedSchema(schemaVersion: number): Map<string, string | null> {
  const cached = expectedByVersion.get(schemaVersion);
  if (cached) return cached;
  const db = connect(':memory:');
  try {
    for (let v = 0; v < schemaVersion && v < migrations.length; v++) migrations[v]!(db);
    ensureCheckpointTable(db);
    for (const p of allProjections) p.create(db, liveNames(p), '00000000');
    const map = new Map<string, string | null>();
    for (const row of readSchema(db)) {
      const n = normalise(row);
      map.set(n.key, n.sql);
    }
    expectedByVersion.set(schemaVersion, map);
    return map;
  } finally {
    db.close();
  }
}

/**
 * Tables of projections whose recorded definition version is not this app's: the projector drops
 * and recreates them on open, so the shape an older release gave them is never read. (Without
 * this, every ledger from a release before a projection changed would be refused.)
 */
function outdatedProjectionTables(db: Database.Database): Set<string> {
  const has = db
    .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'projection_checkpoints'`)
    .get();
  const stored = new Map<string, number>();
  if (has)
    for (const r of db.prepare('SELECT name, definition_version FROM projection_checkpoints').all() as Array<{
      name: string;
      definition_version: number;
    }>)
      stored.set(r.name, r.definition_version);
  return new Set(
    allProjections.filter((p) => stored.get(p.name) !== p.definitionVersion).flatMap((p) => p.tables),
  );
}

/** Live names of every projection table: where a damaged ledger may hold a view instead. */
const liveProjectionTables = new Set(allProjections.flatMap((p) => Object.values(liveNames(p))));

/** A view standing where a projection's table belongs (it is dropped and the table rebuilt). */
export function isProjectionView(row: { type: string; name: string }): boolean {
  return row.type === 'view' && liveProjectionTables.has(row.name);
}

export interface SchemaCheckOptions {
  /**
   * The ledger's own file (opened to be used, or verified): a view in place of a projection's
   * table is damage to derived state, which the projector repairs from the log on open, so it is
   * passed over here. Never for a file from outside (a backup to restore): there every
   * difference is refused.
   */
  repairableProjections?: boolean;
}

/** The first way the file's schema differs from this app's, or null when it is the same. */
export function firstSchemaDifference(
  db: Database.Database,
  schemaVersion: number,
  options: SchemaCheckOptions = {},
): SchemaDifference | null {
  const expected = expectedSchema(schemaVersion);
  const rows = readSchema(db);
  const outdated = outdatedProjectionTables(db);
  const seen = new Set<string>();
  for (const row of rows) {
    if (options.repairableProjections && isProjectionView(row)) continue;
    // Tables and indexes of an outdated projection are recreated before use; a trigger or view
    // on them is still refused below.
    if ((row.type === 'table' || row.type === 'index') && outdated.has(row.tbl_name)) continue;
    // A killed rebuild's leftover shadow tables (and their indexes) are never read, only dropped
    // by the next rebuild: any shape is harmless. A trigger or view is never a leftover.
    if (isLeftoverShadow(row)) continue;
    const n = normalise(row);
    seen.add(n.key);
    if (!expected.has(n.key)) {
      return {
        kind: 'unexpected',
        type: row.type,
        name: row.name,
        message: `it has a ${row.type} "${row.name}" that this app does not create`,
      };
    }
    if (expected.get(n.key) !== n.sql) {
      return {
        kind: 'different',
        type: row.type,
        name: row.name,
        message: `its ${row.type} "${row.name}" is not defined the way this app defines it`,
      };
    }
  }
  if (rows.length === 0) return null; // a new, empty file
  for (const key of expected.keys()) {
    const [type, name] = key.split(' ') as [string, string];
    const table = [...LOG_TABLES].find((t) => name === t || name.startsWith(`sqlite_autoindex_${t}_`));
    const ofLog = table !== undefined || name.startsWith('events_');
    if (ofLog && !seen.has(key)) {
      return { kind: 'missing', type, name, message: `its ${type} "${name}" is missing` };
    }
  }
  return null;
}
