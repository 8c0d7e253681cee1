// Helpers for the adversarial suite: real ledgers on temp files, the CLI in-process through its
// runner, and raw better-sqlite3 connections to craft what an attacker would hand the app.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src-main/cli/main';
import { canonicalJson, GENESIS_HASH, sealRecord } from '../../src-main/eventstore/encoding';
import { tempDir } from '../support/temp-dir';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `ledger --db DB ARGS...` in this process and collects its output. */
export async function cli(db: string, ...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A new ledger file with one EUR account holding 100.00; returns its path and the account id. */
export async function ledgerWithAccount(dir = tempDir(), file = 'ledger.sqlite') {
  const db = join(dir, file);
  const open = await cli(
    db,
    'open-account',
    '--owner',
    'Ann',
    '--currency',
    'EUR',
    '--value-date',
    '2026-01-01',
  );
  if (open.code !== 0) throw new Error(open.err);
  const accountId = open.out.trim();
  const dep = await cli(db, 'deposit', accountId, '100.00', '--value-date', '2026-01-02');
  if (dep.code !== 0) throw new Error(dep.err);
  return { db, accountId, dir };
}

/** Runs raw SQL on a (closed) ledger file, as another program would. */
export function tamper(path: string, fn: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    fn(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** sha256 of the file and its WAL, to prove a refused operation left it byte for byte. */
export function fingerprint(path: string): string {
  const h = createHash('sha256');
  for (const f of [path, `${path}-wal`]) h.update(existsSync(f) ? readFileSync(f) : Buffer.alloc(0));
  return h.digest('hex');
}

export function eventTypes(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT event_type FROM events ORDER BY position').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** An exported event line (the JSONL shape of `ledger export`). */
export type Line = Record<string, unknown> & { data: Record<string, unknown>; position: number };

/** Writes `lines` as an export with a freshly computed, valid hash chain. */
export function writeSealed(file: string, lines: Line[]): void {
  let prev = GENESIS_HASH;
  const out = lines.map((l, i) => {
    const r = sealRecord({
      position: i + 1,
      eventId: String(l.eventId),
      streamId: String(l.aggregateId),
      streamType: String(l.aggregateType),
      version: Number(l.version),
      eventType: String(l.eventType),
      schemaVersion: Number(l.schemaVersion),
      timestamp: Date.parse(String(l.timestamp)),
      data: canonicalJson(l.data),
      metadata: canonicalJson(l.metadata),
      prevHash: prev,
    });
    prev = r.hash;
    return JSON.stringify({ ...l, position: i + 1, prevHash: r.prevHash, hash: r.hash });
  });
  writeFileSync(file, out.join('\n') + '\n');
}
