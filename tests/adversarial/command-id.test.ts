// A command id means one command: reusing it for another command or another input is a conflict
// (exit 3) and writes nothing; the same command retried is answered from the log.
import { describe, expect, it } from 'vitest';
import { cli, eventTypes, fingerprint, ledgerWithAccount } from './craft';

const ID = '7b0c3a52-8f51-4f0e-9a51-3f7d0f1c2e11';

describe('command ids', () => {
  it('refuses a withdrawal reusing the id of a deposit', async () => {
    const { db, accountId } = await ledgerWithAccount();
    expect((await cli(db, 'deposit', accountId, '50.00', '--command-id', ID)).code).toBe(0);
    const before = fingerprint(db);
    const r = await cli(db, 'withdraw', accountId, '50.00', '--command-id', ID);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(`command id ${ID} was already used for another command`);
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses the same command with another input', async () => {
    const { db, accountId } = await ledgerWithAccount();
    expect((await cli(db, 'deposit', accountId, '50.00', '--command-id', ID)).code).toBe(0);
    for (const args of [
      ['deposit', accountId, '60.00'],
      ['deposit', accountId, '50.00', '--description', 'other'],
      ['deposit', accountId, '50.00', '--value-date', '2026-02-01'],
    ]) {
      const r = await cli(db, ...args, '--command-id', ID);
      expect(r.code, args.join(' ')).toBe(3);
    }
    expect(eventTypes(db)).toEqual(['AccountCreated', 'MoneyDeposited', 'MoneyDeposited']);
  });

  it('refuses an open-account reusing a deposit id, and a close reusing an open id', async () => {
    const { db, accountId } = await ledgerWithAccount();
    expect((await cli(db, 'deposit', accountId, '1.00', '--command-id', ID)).code).toBe(0);
    const open = await cli(
      db,
      'open-account',
      '--owner',
      'Eve',
      '--value-date',
      '2026-01-01',
      '--command-id',
      ID,
    );
    expect(open.code).toBe(3);
    const id2 = 'a3a8d0b4-1c7e-4c2b-8f1e-2b8e5d6c7f80';
    const o = await cli(
      db,
      'open-account',
      '--owner',
      'Bob',
      '--value-date',
      '2026-01-01',
      '--command-id',
      id2,
    );
    expect(o.code).toBe(0);
    expect((await cli(db, 'close-account', o.out.trim(), '--command-id', id2)).code).toBe(3);
  });

  it('still answers a true retry from the log, writing nothing', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const args = ['deposit', accountId, '50.00', '--value-date', '2026-01-05', '--command-id', ID];
    expect((await cli(db, ...args)).code).toBe(0);
    const before = fingerprint(db);
    const again = await cli(db, '--json', ...args);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ duplicate: true });
    expect(fingerprint(db)).toBe(before);
  });
});
