// Issue 13: killed backups and imports left full-size hidden temporaries that only the Electron
// app swept, after 6 hours. Any open (the CLI too) now sweeps those no live process owns.
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChild } from './child';
import { cli, ledgerWithAccount } from './craft';

function leftovers(dir: string) {
  mkdirSync(join(dir, 'backups'), { recursive: true });
  const old = [
    join(dir, '.ledger.sqlite.import-0a1b2c3d'),
    join(dir, '.ledger.sqlite.restore-deadbeef'),
    join(dir, 'backups', '.ledger.backup.partial-0badc0de'),
  ];
  const young = join(dir, '.ledger.sqlite.import-12345678');
  for (const f of [...old, young]) writeFileSync(f, Buffer.alloc(4096));
  const twoMinutesAgo = new Date(Date.now() - 120_000);
  for (const f of old) utimesSync(f, twoMinutesAgo, twoMinutesAgo);
  return { old, young };
}

describe('leftover temporaries', () => {
  it('a CLI command sweeps those of killed runs, and leaves a young one (a run starting now)', async () => {
    const { db, dir, accountId } = await ledgerWithAccount();
    const { old, young } = leftovers(dir);
    expect((await cli(db, 'balance', accountId)).code).toBe(0);
    for (const f of old) expect(existsSync(f)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });

  it('leaves them alone while another live process has a ledger of the folder open', async () => {
    const { db, dir, accountId } = await ledgerWithAccount();
    const holder = startChild('ledger-holder-child.ts', db);
    const { old } = await holder.line((l) => l === 'open').then(() => leftovers(dir));
    try {
      expect((await cli(db, 'balance', accountId)).code).toBe(0);
      for (const f of old) expect(existsSync(f)).toBe(true);
    } finally {
      holder.proc.stdin!.end();
      await holder.done;
    }
    expect((await cli(db, 'balance', accountId)).code).toBe(0);
    for (const f of old) expect(existsSync(f)).toBe(false);
  }, 60_000);
});
