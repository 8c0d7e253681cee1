// Issue 13: concurrent CLI writers wait for the write lock (busy timeout) instead of failing
// after a second with a misleading "locked by another program".
import { describe, expect, it } from 'vitest';
import { startChild } from './child';
import { cli, ledgerWithAccount } from './craft';

describe('concurrent CLI writers', () => {
  it('a command waits while another program holds the write lock for 2 s, then succeeds', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const holder = startChild('lock-holder-child.ts', db, '2000');
    await holder.line((l) => l === 'locked');
    const dep = await cli(db, 'deposit', accountId, '5', '--value-date', '2026-02-01');
    expect(dep.err).toBe('');
    expect(dep.code).toBe(0);
    expect((await holder.done).code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe('105.00 EUR');
  }, 30_000);

  it('4 processes writing at once: every command succeeds and every deposit is in the log', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const perChild = 25;
    const children = Array.from({ length: 4 }, () =>
      startChild('cli-writer-child.ts', db, accountId, String(perChild)),
    );
    const results = await Promise.all(children.map((c) => c.done));
    for (const r of results) {
      expect(r.err).toBe('');
      const { codes, errors } = JSON.parse(r.out) as { codes: number[]; errors: string[] };
      expect(errors).toEqual([]);
      expect(codes).toEqual(Array.from({ length: perChild }, () => 0));
    }
    expect((await cli(db, 'verify')).code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe(`${100 + 4 * perChild}.00 EUR`);
  }, 120_000);
});
