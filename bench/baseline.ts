// The baselines: the same work written directly against better-sqlite3, on a file opened by the
// app's own openDatabase (so the same schema, WAL, synchronous setting and busy timeout), with
// everything that is not SQLite precomputed outside the timed part. They are the practical
// limit of this machine for each workload.
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src-main/eventstore/sqlite/open-database';
import { REBUILD_BATCH } from '../src-main/projections/sqlite/rebuild';
import {
  accountId,
  ACCOUNTS,
  CURRENCY,
  LOG_START,
  metadataFor,
  movements,
  now,
  OPENING_MINOR,
  ownerOf,
  tempDir,
  type Sync,
} from './lib';

type Row = [
  number,
  string,
  string,
  string,
  number,
  string,
  number,
  number,
  string,
  string,
  string,
  string,
  string,
];

const INSERT =
  'INSERT INTO events (position, event_id, stream_id, stream_type, version, event_type, schema_version, ' +
  'timestamp, data, metadata, command_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

const fakeHash = (i: number) => createHash('sha256').update(String(i)).digest('hex');

/** The rows the app would store for `n` movements after opening the accounts (JSON already made). */
function rows(n: number): { opening: Row[]; moves: Row[] } {
  const versions = new Array<number>(ACCOUNTS).fill(1);
  const opening: Row[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const data = JSON.stringify({
      currency: CURRENCY,
      openingBalance: { currency: CURRENCY, minor: OPENING_MINOR },
      owner: ownerOf(i),
    });
    opening.push([
      i + 1,
      randomUUID(),
      accountId(i),
      'Account',
      1,
      'AccountCreated',
      2,
      LOG_START,
      data,
      JSON.stringify(metadataFor(`bench-open-${i}`, 'openAccount')),
      `bench-open-${i}`,
      fakeHash(i),
      fakeHash(i + 1),
    ]);
  }
  const moves: Row[] = movements(n).map((m, i) => {
    const v = ++versions[m.account]!;
    const data = JSON.stringify({
      amount: { currency: CURRENCY, minor: m.minor },
      description: m.description,
      valueDate: m.valueDate,
    });
    const cmd = `bench-cmd-${i}`;
    return [
      ACCOUNTS + i + 1,
      randomUUID(),
      accountId(m.account),
      'Account',
      v,
      m.type,
      2,
      LOG_START + i,
      data,
      JSON.stringify(metadataFor(cmd, m.type === 'MoneyDeposited' ? 'deposit' : 'withdraw')),
      cmd,
      fakeHash(ACCOUNTS + i),
      fakeHash(ACCOUNTS + i + 1),
    ];
  });
  return { opening, moves };
}

/**
 * The minimal event table: what SQLite itself can do for an append at all. A position primary
 * key, one UNIQUE (stream, version) index and the payload (type, data, metadata); no event id,
 * command id, timestamp index or hash columns.
 */
const MINIMAL_TABLE =
  'CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, version INTEGER NOT NULL, ' +
  'type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream, version))';
const MINIMAL_INSERT =
  'INSERT INTO events (position, stream, version, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)';

/** Which table a raw baseline inserts into: the app's own schema or the minimal event table. */
export type BaselineSchema = 'app' | 'minimal';

function openBaseline(path: string, sync: Sync, schema: BaselineSchema): Database.Database {
  if (schema === 'app') return openDatabase(path, { synchronous: sync });
  // The same pragmas as the app's connection (WAL, synchronous, busy timeout), without its schema.
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  db.exec(MINIMAL_TABLE);
  return db;
}

/** The minimal table's columns of an app row: position, stream, version, type, data, metadata. */
const minimalOf = (r: Row): unknown[] => [r[0], r[2], r[4], r[5], r[8], r[9]];

/**
 * W1/W2 baseline: `perTx` raw INSERTs per IMMEDIATE transaction; events/s. With `fullTail`, the
 * last `fullTail` rows are inserted after switching to synchronous=FULL and their rate is
 * returned second (W1: the app's durability on a ledger of the full size). `schema` picks the
 * app's own events table (every column and index the app writes) or the minimal event table.
 */
export function baselineInsert(
  n: number,
  perTx: number,
  sync: Sync,
  reps: number,
  fullTail = 0,
  schema: BaselineSchema = 'app',
): number[] {
  const built = rows(n);
  const pick = schema === 'app' ? (r: Row): unknown[] => r : minimalOf;
  const opening = built.opening.map(pick);
  const moves = built.moves.map(pick);
  const out: number[] = [];
  const split = moves.length - fullTail;
  for (let r = 0; r < reps; r++) {
    const tmp = tempDir();
    const db = openBaseline(join(tmp.dir, 'baseline.db'), sync, schema);
    const ins = db.prepare(schema === 'app' ? INSERT : MINIMAL_INSERT);
    const many = db.transaction((rs: unknown[][], from: number, to: number) => {
      for (let i = from; i < to; i++) ins.run(rs[i]!);
    });
    many.immediate(opening, 0, opening.length);
    const run = (from: number, to: number) => {
      const t = now();
      for (let i = from; i < to; i += perTx) many.immediate(moves, i, Math.min(i + perTx, to));
      return (to - from) / ((now() - t) / 1000);
    };
    out.push(run(0, split));
    if (fullTail > 0) {
      db.pragma('synchronous = FULL');
      out.push(run(split, moves.length));
    }
    db.close();
    tmp.cleanup();
  }
  return out;
}

/** W3 baseline: SELECT a stream's rows, JSON.parse each, sum. Returns ms for all `ids`. */
export function baselineLoad(db: Database.Database, ids: string[]): number {
  const sel = db.prepare('SELECT event_type, data FROM events WHERE stream_id = ? ORDER BY version');
  const t = now();
  let check = 0;
  for (const id of ids) {
    let b = 0;
    for (const r of sel.all(id) as Array<{ event_type: string; data: string }>) {
      const d = JSON.parse(r.data);
      if (r.event_type === 'AccountCreated') b = d.openingBalance.minor;
      else if (r.event_type === 'MoneyDeposited') b += d.amount.minor;
      else if (r.event_type === 'MoneyWithdrawn') b -= d.amount.minor;
    }
    check += b;
  }
  const ms = now() - t;
  if (!Number.isFinite(check)) throw new Error('unreachable');
  return ms;
}

/**
 * W4 baseline: scan the events table in position order, fold each event into an upserted
 * balances table, one transaction per `batch` events. Returns events/s.
 */
export function baselineRebuild(
  db: Database.Database,
  batch = REBUILD_BATCH,
): { eventsPerSec: number; events: number } {
  db.exec(
    'DROP TABLE IF EXISTS bench_balances; CREATE TABLE bench_balances (account_id TEXT PRIMARY KEY, currency TEXT NOT NULL, balance_minor INTEGER NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID',
  );
  // A page is fetched whole (a connection cannot write while it iterates), as raw arrays.
  const page = db
    .prepare(
      'SELECT position, stream_id, version, event_type, data FROM events WHERE position > ? ORDER BY position LIMIT ?',
    )
    .raw();
  const open = db.prepare(
    'INSERT INTO bench_balances (account_id, currency, balance_minor, version) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const move = db.prepare(
    'UPDATE bench_balances SET balance_minor = balance_minor + ?, version = ? WHERE account_id = ? AND version < ?',
  );
  const head = (db.prepare('SELECT coalesce(max(position), 0) FROM events').pluck().get() as number) ?? 0;
  let pos = 0;
  const step = db.transaction(() => {
    for (const [position, stream, version, type, data] of page.all(pos, batch) as Array<
      [number, string, number, string, string]
    >) {
      const d = JSON.parse(data);
      if (type === 'AccountCreated') open.run(stream, d.currency, d.openingBalance.minor, version);
      else move.run(type === 'MoneyWithdrawn' ? -d.amount.minor : d.amount.minor, version, stream, version);
      pos = position;
    }
  });
  const t = now();
  while (pos < head) step.immediate();
  const s = (now() - t) / 1000;
  db.exec('DROP TABLE bench_balances');
  return { eventsPerSec: head / s, events: head };
}

/** W6 baseline without a read model: fold the log up to `position` into per-account balances. */
export function baselineAsOf(db: Database.Database, position: number): number {
  const sel = db.prepare(
    'SELECT stream_id, event_type, data FROM events WHERE position <= ? ORDER BY position',
  );
  const t = now();
  const balances = new Map<string, number>();
  for (const r of sel.iterate(position) as IterableIterator<{
    stream_id: string;
    event_type: string;
    data: string;
  }>) {
    const d = JSON.parse(r.data);
    if (r.event_type === 'AccountCreated') balances.set(r.stream_id, d.openingBalance.minor);
    else
      balances.set(
        r.stream_id,
        balances.get(r.stream_id)! + (r.event_type === 'MoneyWithdrawn' ? -d.amount.minor : d.amount.minor),
      );
  }
  return now() - t;
}

/**
 * W6 value-date baseline without a read model: fold the events recorded at positions ≤ `position`
 * whose value date (opening date for an account) is on or before `date`.
 */
export function baselineAsOfDate(db: Database.Database, date: string, position: number): number {
  const sel = db.prepare(
    'SELECT stream_id, event_type, data FROM events WHERE position <= ? ORDER BY position',
  );
  const t = now();
  const balances = new Map<string, number>();
  for (const r of sel.iterate(position) as IterableIterator<{
    stream_id: string;
    event_type: string;
    data: string;
  }>) {
    const d = JSON.parse(r.data);
    if (r.event_type === 'AccountCreated') {
      if (d.openingDate <= date) balances.set(r.stream_id, d.openingBalance.minor);
    } else if (d.valueDate <= date && balances.has(r.stream_id))
      balances.set(
        r.stream_id,
        balances.get(r.stream_id)! + (r.event_type === 'MoneyWithdrawn' ? -d.amount.minor : d.amount.minor),
      );
  }
  return now() - t;
}

/**
 * W7 verification baseline: PRAGMA integrity_check, every row read and hashed as the chain does
 * (no objects built), and the file's sha256.
 */
export function baselineVerify(path: string): number {
  const t = now();
  const db = new Database(path, { readonly: true });
  if (db.prepare('PRAGMA integrity_check').pluck().get() !== 'ok') throw new Error('baseline: integrity');
  const sel = db.prepare('SELECT * FROM events ORDER BY position').raw();
  let prev = '0'.repeat(64);
  let ok = true;
  for (const r of sel.iterate() as IterableIterator<Row>) {
    const h = createHash('sha256')
      .update(
        `${prev}\n${r[0]}\n${r[1]}\n${r[2]}\n${r[3]}\n${r[4]}\n${r[5]}\n${r[6]}\n${r[7]}\n${r[8]}\n${r[9]}`,
      )
      .digest('hex');
    ok &&= h === r[12];
    prev = r[12];
  }
  db.close();
  const file = createHash('sha256');
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) file.update(buf.subarray(0, n));
  closeSync(fd);
  file.digest('hex');
  const ms = now() - t;
  if (!ok) throw new Error('baseline verify: chain does not match');
  return ms;
}
