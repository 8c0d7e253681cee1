// The cleared balance on a real SQLite file: a reconciliation R clears the account's entries before
// it in the log dated on or before R's date; later entries, and earlier ones dated after R, are not.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLedger } from '../support/cli-runner';
import { tempDir } from '../support/temp-dir';

const ledger = runLedger;

describe('cleared balance', () => {
  it('counts what reconciliations cleared; balance --json and the human line show it', async () => {
    const db = join(tempDir(), 'cleared.sqlite');
    const open = await ledger(
      db,
      'open-account',
      '--owner',
      'Ann',
      '--currency',
      'EUR',
      '--initial',
      '100.00',
      '--value-date',
      '2024-01-01',
    );
    const id = open.out.trim();
    const before = JSON.parse((await ledger(db, '--json', 'balance', id)).out);
    expect(before).toMatchObject({
      balance: { minor: 10000 },
      cleared: { minor: 0 },
      uncleared: { minor: 10000 },
      reconciledOn: null,
    });
    expect((await ledger(db, 'balance', id)).out.trim().split('\n')).toHaveLength(1);

    expect((await ledger(db, 'deposit', id, '20.00', '--value-date', '2024-01-10')).code).toBe(0);
    // Recorded before the reconciliation but dated after it: not cleared by it.
    expect((await ledger(db, 'deposit', id, '5.00', '--value-date', '2024-02-10')).code).toBe(0);
    expect((await ledger(db, 'reconcile', id, '--date', '2024-01-31', '--balance', '120.00')).code).toBe(0);
    // Dated before the reconciliation but recorded after it: not cleared either.
    expect((await ledger(db, 'withdraw', id, '3.00', '--value-date', '2024-01-15')).code).toBe(0);
    const mid = JSON.parse((await ledger(db, '--json', 'balance', id)).out);
    expect(mid).toMatchObject({
      balance: { minor: 12200 },
      cleared: { minor: 12000 },
      uncleared: { minor: 200 },
      reconciledOn: '2024-01-31',
    });

    // A later reconciliation with a later date clears everything before it.
    expect((await ledger(db, 'reconcile', id, '--date', '2024-02-29', '--balance', '122.00')).code).toBe(0);
    const all = JSON.parse((await ledger(db, '--json', 'balance', id)).out);
    expect(all).toMatchObject({
      cleared: { minor: 12200 },
      uncleared: { minor: 0 },
      reconciledOn: '2024-02-29',
    });
    const human = await ledger(db, 'balance', id);
    expect(human.out).toMatch(/cleared .*122\.00.*reconciled on 2024-02-29/);
  });
});
