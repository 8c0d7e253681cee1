// Issue 13, case 3: a CLI restore while another process has the ledger open lost the commits
// that process confirmed afterwards (it kept writing to the replaced, deleted file). Now the
// restore refuses (exit 4, naming the process), and a ledger whose file was replaced anyway
// reopens before writing instead of committing into the deleted file.
import { copyFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../src-main/ledger';
import { startChild } from './child';
import { cli, eventTypes, ledgerWithAccount } from './craft';

async function withBackup() {
  const l = await ledgerWithAccount();
  const backup = await cli(l.db, 'backup', join(l.dir, 'b.sqlite'));
  if (backup.code !== 0) throw new Error(backup.err);
  return { ...l, backup: join(l.dir, 'b.sqlite') };
}

describe('restore while another process has the ledger open', () => {
  it('refuses with exit 4 naming the pid; the other process keeps every commit; restore works once it closed', async () => {
    const { db, accountId, backup } = await withBackup();
    const holder = startChild('ledger-holder-child.ts', db);
    await holder.line((l) => l === 'open');
    const r = await cli(db, 'restore', backup);
    expect(r.code).toBe(4);
    expect(r.err).toContain(`open in another program (pid ${holder.proc.pid}`);
    // The holder's commit after the refused restore is in the file at the path.
    holder.send(`deposit ${accountId} 7`);
    expect(JSON.parse(await holder.line((l) => l.startsWith('{')))).toMatchObject({ ok: true });
    holder.proc.stdin!.end();
    expect((await holder.done).code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe('107.00 EUR');
    const again = await cli(db, 'restore', backup);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe('100.00 EUR');
  }, 60_000);

  it('a process killed with the ledger open does not block a restore (its record is stale)', async () => {
    const { db, accountId, backup } = await withBackup();
    expect((await cli(db, 'deposit', accountId, '1', '--value-date', '2026-02-01')).code).toBe(0);
    const holder = startChild('ledger-holder-child.ts', db);
    await holder.line((l) => l === 'open');
    holder.proc.kill('SIGKILL');
    await holder.done;
    const r = await cli(db, 'restore', backup);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe('100.00 EUR');
  }, 60_000);

  it('a ledger whose file was replaced under it reopens before writing: the entry lands in the file at the path', async () => {
    const { db, accountId, backup, dir } = await withBackup();
    const ledger = openLedger(db, { create: false });
    try {
      // Another program swaps the file without asking (rename over it, as a careless copy would).
      const staged = join(dir, 'staged.sqlite');
      copyFileSync(backup, staged);
      renameSync(staged, db);
      const r = await ledger.invoke('deposit', {
        commandId: crypto.randomUUID(),
        accountId,
        amount: '3',
        valueDate: '2026-02-01',
      });
      expect(r.ok).toBe(true);
    } finally {
      await ledger.close();
    }
    expect(eventTypes(db).filter((t) => t === 'MoneyDeposited')).toHaveLength(2);
    expect((await cli(db, 'balance', accountId)).out).toBe('103.00 EUR');
  }, 60_000);

  it('a ledger whose file vanished refuses to write (exit-4 error) instead of recreating it', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const ledger = openLedger(db, { create: false });
    try {
      unlinkSync(db);
      const r = await ledger.invoke('deposit', {
        commandId: crypto.randomUUID(),
        accountId,
        amount: '3',
        valueDate: '2026-02-01',
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'io', reason: 'file_replaced' } });
    } finally {
      await ledger.close();
    }
  }, 60_000);
});
