// Issue 13, case 5: commands neither refused nor warned on a ledger whose chain was broken (an
// event appended with a wrong hash was folded into balances, and a withdrawal then succeeded).
// Every open now walks the chain from the last verified head (ledger_meta 'verified_head') to the
// head and refuses writes (exit 4) when it breaks; reads and `verify` still work.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, eventTypes, fingerprint, ledgerWithAccount, tamper } from './craft';

interface Row {
  position: number;
  stream_id: string;
  version: number;
  hash: string;
  data: string;
  [k: string]: unknown;
}

const lastRow = (d: Database.Database) =>
  d.prepare('SELECT * FROM events ORDER BY position DESC LIMIT 1').get() as Row;

/** Appends a copy of the last event (a deposit) with a huge amount and a made-up hash. */
function appendForged(db: string): void {
  tamper(db, (d) => {
    const last = lastRow(d);
    const data = JSON.parse(last.data) as { amount: { minor: number } };
    data.amount.minor = 1_000_000_00;
    d.prepare(
      `INSERT INTO events (position, event_id, stream_id, stream_type, version, event_type, schema_version,
         timestamp, data, metadata, command_id, prev_hash, hash)
       VALUES (@position, @event_id, @stream_id, @stream_type, @version, @event_type, @schema_version,
         @timestamp, @data, @metadata, NULL, @prev_hash, @hash)`,
    ).run({
      ...last,
      position: last.position + 1,
      version: last.version + 1,
      event_id: crypto.randomUUID(),
      data: JSON.stringify(data),
      prev_hash: last.hash,
      hash: 'f'.repeat(64),
    });
  });
}

/** Runs `fn` with the immutability triggers out of the way, then puts them back as they were. */
function withoutTriggers(db: string, fn: (d: Database.Database) => void): void {
  tamper(db, (d) => {
    const triggers = d
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'`)
      .all() as { name: string; sql: string }[];
    for (const t of triggers) d.exec(`DROP TRIGGER ${t.name}`);
    fn(d);
    for (const t of triggers) d.exec(t.sql);
  });
}

const verifiedHead = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    const v = d.prepare(`SELECT value FROM ledger_meta WHERE key = 'verified_head'`).pluck().get();
    return v === undefined ? null : (JSON.parse(v as string) as { position: number; hash: string });
  } finally {
    d.close();
  }
};

describe('chain check on every open', () => {
  it('remembers the verified head after each command (no false alarm on a healthy ledger)', async () => {
    const { db, accountId } = await ledgerWithAccount();
    expect(verifiedHead(db)).toMatchObject({ position: 2 });
    expect((await cli(db, 'withdraw', accountId, '10', '--value-date', '2026-02-01')).code).toBe(0);
    expect(verifiedHead(db)).toMatchObject({ position: 3 });
  });

  it('refuses writes after an event appended with a wrong hash; reads and verify still work', async () => {
    const { db, accountId } = await ledgerWithAccount();
    appendForged(db);
    const before = fingerprint(db);
    const w = await cli(db, 'withdraw', accountId, '5000', '--value-date', '2026-02-01');
    expect(w.code).toBe(4);
    expect(w.err).toMatch(/hash chain is broken at position 3.*ledger verify.*restore/);
    expect(fingerprint(db)).toBe(before);
    expect(eventTypes(db)).toHaveLength(3);
    const dep = await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01');
    expect(dep.code).toBe(4);
    const v = await cli(db, 'verify');
    expect(v.code).toBe(4);
    expect(v.err).toMatch(/position 3/);
    expect((await cli(db, 'accounts')).code).toBe(0);
  });

  it('refuses writes when the last verified event was edited in place (triggers put back)', async () => {
    const { db, accountId } = await ledgerWithAccount();
    withoutTriggers(db, (d) => {
      const last = lastRow(d);
      const data = JSON.parse(last.data) as { amount: { minor: number } };
      data.amount.minor = 1_000_000_00;
      d.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), last.position);
    });
    const w = await cli(db, 'withdraw', accountId, '5000', '--value-date', '2026-02-01');
    expect(w.code).toBe(4);
    expect(w.err).toMatch(/hash chain is broken at position 2/);
  });

  it('refuses writes when the log is shorter than the verified head, naming the missing positions', async () => {
    const { db, accountId } = await ledgerWithAccount();
    expect((await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01')).code).toBe(0);
    withoutTriggers(db, (d) => d.prepare('DELETE FROM events WHERE position = 3').run());
    const w = await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01');
    expect(w.code).toBe(4);
    expect(w.err).toMatch(/positions 3–3 are missing/);
  });

  it('refuses a ledger that lost its append-only trigger (exit 4, names it) and writes nothing', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => d.exec('DROP TRIGGER events_are_append_only'));
    const before = fingerprint(db);
    const w = await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01');
    expect(w.code).toBe(4);
    expect(w.err).toMatch(/events_are_append_only/);
    expect(fingerprint(db)).toBe(before);
  });

  it('a ledger without a remembered head (older release) is walked whole once, then remembered', async () => {
    const { db, accountId } = await ledgerWithAccount();
    tamper(db, (d) => d.prepare(`DELETE FROM ledger_meta WHERE key = 'verified_head'`).run());
    appendForged(db);
    expect((await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01')).code).toBe(4);
    expect(verifiedHead(db)).toBeNull();
  });
});
