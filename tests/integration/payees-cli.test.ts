// `ledger payees` through the CLI runner on a real SQLite file: the human table, the JSON
// document (the contract's output), the prefix and the usage errors.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runLedgerTrimmed } from '../support/cli-runner';
import { tempDir } from '../support/temp-dir';

const cli = runLedgerTrimmed;

describe('payees on the command line', () => {
  it('lists the remembered payees, most used first, with their last category', async () => {
    const db = join(tempDir('ledger-payees-'), 'ledger.sqlite');
    const a = (
      await cli(db, 'open-account', '--owner', 'Ann', '--initial', '500', '--value-date', '2026-01-01')
    ).out;
    expect((await cli(db, 'payees')).out).toBe('No payees.');
    const w = (...args: string[]) => cli(db, 'withdraw', a, ...args);
    expect((await w('1', '--payee', 'Café Central', '--category', 'Food:Restaurants')).code).toBe(0);
    expect((await w('2', '--payee', 'cafe central')).code).toBe(0);
    expect((await w('3', '--payee', 'Grocer', '--category', 'Food:Groceries')).code).toBe(0);
    const json = await cli(db, '--json', 'payees');
    expect(json.code).toBe(0);
    // The latest movement of "cafe central" has no category: that is its last category.
    expect(JSON.parse(json.out)).toEqual([
      { name: 'cafe central', lastCategory: null, count: 2 },
      { name: 'Grocer', lastCategory: 'Food:Groceries', count: 1 },
    ]);
    const human = await cli(db, 'payees', 'CAFÉ');
    expect(human.code).toBe(0);
    expect(human.out.split('\n')).toEqual([
      'PAYEE         LAST CATEGORY  USES',
      'cafe central                    2',
    ]);
    expect((await cli(db, '--json', 'payees', '--limit', '1')).out).toBe(
      JSON.stringify([{ name: 'cafe central', lastCategory: null, count: 2 }]),
    );
    expect((await cli(db, 'payees', '--limit', 'many')).code).toBe(2);
    expect((await cli(db, 'payees', '--limit', '0')).code).toBe(2);
    expect((await cli(db, 'payees', '--bogus')).code).toBe(2);
  });
});
