// Issue 13, rollback detection: a ledger file replaced by an older copy (or truncated) carries
// its own, older facts, so nothing inside it tells. The last head the app saw is also kept in the
// backup folder; on open a log that no longer contains it is reported with the missing positions
// and the newest backup that has them, writes exit 4 and `verify` says so.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seenHeadPath } from '../../src-main/backup/seen-head';
import { cli, ledgerWithAccount } from './craft';

async function olderCopyScenario() {
  const l = await ledgerWithAccount();
  const old = join(l.dir, 'old-copy.sqlite');
  copyFileSync(l.db, old); // the file as it was at position 2 (closed: no WAL)
  for (const amount of ['1', '2'])
    expect((await cli(l.db, 'deposit', l.accountId, amount, '--value-date', '2026-02-01')).code).toBe(0);
  return { ...l, old };
}

describe('rollback detection', () => {
  it('a ledger replaced by an older copy: writes exit 4 naming positions 3–4, verify reports it', async () => {
    const { db, accountId, old } = await olderCopyScenario();
    expect(existsSync(seenHeadPath(db))).toBe(true);
    copyFileSync(old, db);
    const w = await cli(db, 'deposit', accountId, '5', '--value-date', '2026-02-01');
    expect(w.code).toBe(4);
    expect(w.err).toMatch(/rolled back.*positions 3–4 are missing/);
    expect(w.err).toMatch(/No backup in the backup folder has them/);
    const v = await cli(db, 'verify');
    expect(v.code).toBe(4);
    expect(v.err).toMatch(/positions 3–4 are missing/);
    expect((await cli(db, 'balance', accountId)).out).toBe('100.00 EUR');
  });

  it('points at the newest backup that still has the missing positions; restoring it clears the alarm', async () => {
    const { db, accountId, old } = await olderCopyScenario();
    const b = await cli(db, '--json', 'backup');
    expect(b.code).toBe(0);
    const name = (JSON.parse(b.out) as { name: string }).name;
    copyFileSync(old, db);
    const w = await cli(db, 'withdraw', accountId, '5', '--value-date', '2026-02-01');
    expect(w.code).toBe(4);
    expect(w.err).toContain(`The newest backup that has them: ${name} (ledger restore ${name})`);
    const r = await cli(db, 'restore', name);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe('103.00 EUR');
    expect((await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01')).code).toBe(0);
  });

  it('a restore of an older backup the user chose is not reported as a rollback', async () => {
    const { db, accountId, dir } = await ledgerWithAccount();
    expect((await cli(db, 'backup', join(dir, 'older.sqlite'))).code).toBe(0);
    expect((await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01')).code).toBe(0);
    expect((await cli(db, 'restore', join(dir, 'older.sqlite'))).code).toBe(0);
    expect((await cli(db, 'deposit', accountId, '2', '--value-date', '2026-02-01')).code).toBe(0);
    expect((await cli(db, 'verify')).code).toBe(0);
  });

  it('a ledger deleted and created afresh at the same path starts a new record', async () => {
    const { db } = await ledgerWithAccount();
    rmSync(db);
    const again = await cli(db, 'open-account', '--owner', 'Bo', '--value-date', '2026-01-01');
    expect(again.code).toBe(0);
    expect((await cli(db, 'verify')).code).toBe(0);
  });
});
