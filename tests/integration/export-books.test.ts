// Books out: `export-hledger` gives a journal whose `hledger balance` equals the app's balances
// (imports, transfers, corrections, a moved opening date, a credit card), and `export-csv`
// writes one exact row per movement.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportHledger } from '../../src-main/application/export-books';
import { importStatement } from '../../src-main/application/import-statement';
import { runCli } from '../../src-main/cli/main';
import { toDecimalString } from '../../src-shared/money';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { tempDir } from '../support/temp-dir';

const FIXTURES = join(import.meta.dirname, '../fixtures/statements');
const hasHledger = spawnSync('hledger', ['--version']).status === 0;

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function books(l: SqliteLedger) {
  const open = (owner: string, name: string, type: 'checking' | 'credit-card', initial: string) =>
    ok(
      l.invoke('openAccount', {
        commandId: `open-${owner}-${name}`,
        owner,
        name,
        type,
        currency: 'EUR',
        openingBalance: initial,
        openingDate: '2024-03-05',
      }),
    ).then((r) => r.accountId);
  const giro = await open('Ann', 'Giro: main', 'checking', '1000.00');
  const card = await open('Ann', 'Visa', 'credit-card', '0');
  const bob = await open('Bob', 'Savings', 'checking', '0');
  importStatement(l, {
    accountId: giro,
    bytes: new Uint8Array(readFileSync(join(FIXTURES, 'camt/camt053-v04.xml'))),
    moveOpeningDate: true,
  });
  await ok(
    l.invoke('transfer', {
      commandId: 'transfer-0001',
      fromAccountId: giro,
      toAccountId: bob,
      amount: '12.34',
    }),
  );
  await ok(
    l.invoke('withdraw', {
      commandId: 'card-00000001',
      accountId: card,
      amount: '99.99',
      description: 'Shop; "x"',
    }),
  );
  const dep = await ok(l.invoke('deposit', { commandId: 'dep-00000001', accountId: bob, amount: '5.00' }));
  const event = l.store.recordAt(dep.position)!.eventId;
  await ok(l.invoke('correctMovement', { commandId: 'corr-0000001', eventId: event, reason: 'typo' }));
  return { giro, card, bob };
}

describe('export', () => {
  it.skipIf(!hasHledger)('hledger balance of the exported journal equals every account balance', async () => {
    const dir = tempDir();
    const l = openLedger(join(dir, 'l.sqlite'));
    try {
      await books(l);
      const file = join(dir, 'books.journal');
      writeFileSync(file, exportHledger(l.store.readAll(0)));
      const r = spawnSync('hledger', ['-f', file, 'balance', '-N', '--flat', '-O', 'csv'], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      const got = new Map(
        r.stdout
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => JSON.parse(`[${line}]`) as [string, string]),
      );
      const journalName: Record<string, string> = {
        'Giro: main': 'assets:Ann:Giro main',
        Visa: 'liabilities:Ann:Visa',
        Savings: 'assets:Bob:Savings',
      };
      const accounts = l.storage.read.listAccounts();
      expect(accounts).toHaveLength(3);
      for (const a of accounts) {
        expect(got.get(journalName[a.name]!)).toBe(`${toDecimalString(a.balance)} EUR`);
      }
      expect(got.get('assets:Ann:Giro main')).toBe('3893.31 EUR');
      expect(got.get('equity:opening-balances')).toBe('-1000.00 EUR');
    } finally {
      await l.close();
    }
  });

  it('export-csv writes one exact row per movement, with ids and the import batch', async () => {
    const dir = tempDir();
    const db = join(dir, 'l.sqlite');
    const l = openLedger(db);
    let giro: string;
    try {
      giro = (await books(l)).giro;
      const all = exportCsv(l.store.readAll(0)).trim().split('\n');
      expect(all[0]).toBe(
        'valueDate,amount,currency,account,owner,payee,category,tags,description,type,eventId,accountId,counterpartyId,importBatchId',
      );
      // 7 imported + transfer out and in + card + deposit + its correction.
      expect(all).toHaveLength(1 + 12);
      expect(all.some((r) => r.includes('"Shop; ""x"""'))).toBe(true);
    } finally {
      await l.close();
    }
    let out = '';
    const file = join(dir, 'giro.csv');
    const code = await runCli(['--db', db, '--json', 'export-csv', file, '--account', giro], {
      out: (t) => (out += t),
      err: () => {},
      env: {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ file, rows: 8 });
    const rows = readFileSync(file, 'utf8').trim().split('\n');
    expect(rows[1]).toMatch(/^2024-03-01,-42\.50,EUR,Giro: main,Ann,/);
  });
});
