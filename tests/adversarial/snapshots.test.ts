// Snapshots are a cache bound to the log: a row edited in the file (a huge balance, say) no longer
// matches the stored event at its version and is ignored; the account is replayed from the log.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_EVERY } from '../../src-main/domain/account-repository';
import { cli, tamper, ledgerWithAccount } from './craft';
import Database from 'better-sqlite3';

/** A ledger whose account holds 100.00 and has a snapshot (enough events for one). */
async function snapshotted() {
  const l = await ledgerWithAccount();
  for (let i = 0; i < SNAPSHOT_EVERY; i++) {
    expect((await cli(l.db, 'deposit', l.accountId, '1.00')).code).toBe(0);
    expect((await cli(l.db, 'withdraw', l.accountId, '1.00')).code).toBe(0);
  }
  const db = new Database(l.db, { readonly: true });
  const snap = db.prepare('SELECT version, state FROM snapshots').get() as { version: number; state: string };
  db.close();
  expect(snap).toBeDefined();
  return { ...l, snap };
}

const editState = (db: string, fn: (s: Record<string, unknown>) => void) =>
  tamper(db, (d) => {
    const row = d.prepare('SELECT stream_id, state FROM snapshots').get() as {
      stream_id: string;
      state: string;
    };
    const s = JSON.parse(row.state) as Record<string, unknown>;
    fn(s);
    d.prepare('UPDATE snapshots SET state = ? WHERE stream_id = ?').run(JSON.stringify(s), row.stream_id);
  });

describe('snapshot check', () => {
  it('ignores a snapshot edited to a huge balance: withdrawing beyond the real balance is refused', async () => {
    const { db, accountId } = await snapshotted();
    editState(db, (s) => {
      (s.account as { balance: number }).balance = 1_000_000_000;
    });
    const r = await cli(db, 'withdraw', accountId, '5000');
    expect(r.code).toBe(1);
    expect((await cli(db, 'withdraw', accountId, '100.00')).code).toBe(0);
    expect((await cli(db, 'withdraw', accountId, '0.01')).code).toBe(1);
  });

  it('ignores a snapshot moved to another version of the stream', async () => {
    const { db, accountId } = await snapshotted();
    tamper(db, (d) => d.exec('UPDATE snapshots SET version = version - 1'));
    expect((await cli(db, 'withdraw', accountId, '100.01')).code).toBe(1);
    expect((await cli(db, 'withdraw', accountId, '100.00')).code).toBe(0);
  });

  it('ignores a snapshot without a seal (an unsealed forged row) and one with a forged seal', async () => {
    for (const forge of [
      (s: Record<string, unknown>) => {
        const a = s.account as { balance: number };
        a.balance = 1_000_000_000;
        for (const k of Object.keys(s)) delete s[k];
        Object.assign(s, a);
      },
      (s: Record<string, unknown>) => {
        (s.account as { balance: number }).balance = 1_000_000_000;
        s.seal = 'f'.repeat(64);
      },
    ]) {
      const { db, accountId } = await snapshotted();
      editState(db, forge);
      expect((await cli(db, 'withdraw', accountId, '5000')).code).toBe(1);
    }
  });

  it('uses an untouched snapshot', async () => {
    const { db, accountId } = await snapshotted();
    expect((await cli(db, '--json', 'balance', accountId)).out).toContain('"minor":10000');
    expect((await cli(db, 'withdraw', accountId, '100.01')).code).toBe(1);
  });
});
