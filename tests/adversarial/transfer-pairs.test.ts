// Issue 13, case 4 (cross-stream invariants): a transfer is two events in two streams, written in
// one unit of work. A crafted file holding only one side (money that left one account and arrived
// nowhere) has a valid hash chain and passes each stream's own fold, so restore and import replay
// the invariant across streams too and refuse it, naming its position (restore) or line (import);
// the current ledger is left byte for byte, nothing is imported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { cli, eventTypes, fingerprint, ledgerWithAccount, tamper, writeSealed, type Line } from './craft';

/** A ledger with two EUR accounts and one transfer of 30.00 between them. */
async function withTransfer(dir = tempDir(), file = 'ledger.sqlite') {
  const l = await ledgerWithAccount(dir, file);
  const open = await cli(
    l.db,
    'open-account',
    '--owner',
    'Bo',
    '--currency',
    'EUR',
    '--value-date',
    '2026-01-01',
  );
  expect(open.code).toBe(0);
  const to = open.out.trim();
  const t = await cli(l.db, 'transfer', l.accountId, to, '30.00', '--value-date', '2026-01-03');
  expect(t.err).toBe('');
  return { ...l, to };
}

/** Deletes the log's last event (one side of the transfer): a valid chain is still a valid chain. */
function dropLastEvent(db: string): { type: string; position: number } {
  let dropped = { type: '', position: 0 };
  tamper(db, (d) => {
    const last = d
      .prepare('SELECT position, event_type FROM events ORDER BY position DESC LIMIT 1')
      .get() as {
      position: number;
      event_type: string;
    };
    dropped = { type: last.event_type, position: last.position };
    const trigger = d
      .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'events_are_append_only'`)
      .pluck()
      .get() as string;
    d.exec('DROP TRIGGER events_are_append_only');
    d.prepare('DELETE FROM events WHERE position = ?').run(last.position);
    d.exec('DELETE FROM snapshots');
    d.exec(trigger);
  });
  return dropped;
}

describe('restore replays the invariants across streams', () => {
  it('refuses a backup with a one-sided transfer, naming its position, and keeps the ledger', async () => {
    const dir = tempDir();
    const current = await ledgerWithAccount(dir, 'current.sqlite');
    const crafted = await withTransfer(dir, 'crafted.sqlite');
    const types = eventTypes(crafted.db);
    const dropped = dropLastEvent(crafted.db);
    expect(['TransferSent', 'TransferReceived']).toContain(dropped.type);
    const remaining = types
      .slice(0, -1)
      .lastIndexOf(dropped.type === 'TransferSent' ? 'TransferReceived' : 'TransferSent');
    const kept = remaining + 1; // the position of the side left behind
    // The chain alone still checks out: only the rules notice.
    expect((await cli(crafted.db, 'verify')).err).not.toMatch(/hash chain broken/);
    const before = fingerprint(current.db);
    const r = await cli(current.db, 'restore', crafted.db);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(
      new RegExp(`Transfer(Sent|Received) at position ${kept} breaks the ledger's rules`),
    );
    expect(r.err).toMatch(/has no Transfer(Sent|Received)/);
    expect(r.err).toMatch(/The current ledger was not changed/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(fingerprint(current.db)).toBe(before);
    expect((await cli(current.db, 'deposit', current.accountId, '1.00')).code).toBe(0);
  });

  it('still restores a backup with both sides of its transfers', async () => {
    const dir = tempDir();
    const current = await ledgerWithAccount(dir, 'current.sqlite');
    const other = await withTransfer(dir, 'other.sqlite');
    const r = await cli(current.db, 'restore', other.db);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await cli(current.db, 'balance', other.to)).out).toBe('30.00 EUR');
  });
});

describe('import replays the invariants across streams', () => {
  for (const side of ['TransferSent', 'TransferReceived'] as const) {
    it(`refuses an export without its ${side}, naming the other side's line, and imports nothing`, async () => {
      const l = await withTransfer();
      const file = join(l.dir, 'log.jsonl');
      expect((await cli(l.db, 'export', file)).code).toBe(0);
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((t) => JSON.parse(t) as Line);
      const forged = lines.filter((x) => x.eventType !== side);
      expect(forged).toHaveLength(lines.length - 1);
      const other = forged.findIndex(
        (x) => x.eventType === (side === 'TransferSent' ? 'TransferReceived' : 'TransferSent'),
      );
      const forgedFile = join(l.dir, 'forged.jsonl');
      writeSealed(forgedFile, forged);
      const target = join(l.dir, 'imported.sqlite');
      const r = await cli(target, 'import', forgedFile);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`line ${other + 1}\\b`));
      expect(r.err).toMatch(new RegExp(`has no ${side}`));
      expect(existsSync(target)).toBe(false);
    });
  }
});
