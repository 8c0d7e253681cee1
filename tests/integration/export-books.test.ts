// Books out: `export-hledger` gives a journal whose `hledger balance` equals the app's balances
// (imports, transfers, corrections, a moved opening date, a credit card), and `export-csv`
// writes one exact row per movement.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryAccount, exportCsv, exportHledger } from '../../src-main/application/export-books';
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

  it.skipIf(!hasHledger)(
    'categories, payees and tags: hledger totals per category equal the category report, CSV has them',
    async () => {
      const dir = tempDir();
      const l = openLedger(join(dir, 'l.sqlite'));
      try {
        const { giro, bob } = await books(l);
        const move = (
          kind: 'deposit' | 'withdraw',
          id: string,
          amount: string,
          extra: { category?: string; payee?: string; tags?: string[]; description?: string },
        ) =>
          ok(
            l.invoke(kind, {
              commandId: `meta-${id}`,
              accountId: giro,
              amount,
              valueDate: '2024-04-02',
              ...extra,
            }),
          );
        await move('deposit', 'salary-01', '2500.00', {
          category: 'Income:Salary',
          payee: 'ACME | Corp',
          tags: ['work'],
        });
        await move('withdraw', 'rewe-0001', '42.10', {
          category: 'Food:Groceries',
          payee: 'Rewe',
          tags: ['weekly', 'fam:ily'],
          description: 'Weekly shop',
        });
        await move('deposit', 'refund-01', '5.10', {
          category: 'Food:Groceries',
          payee: 'Rewe',
          description: 'Refund',
        });
        const lunch = await move('withdraw', 'lunch-001', '18.00', { description: 'Lunch' });
        const rent = await move('withdraw', 'rent-0001', '900.00', {
          category: 'Housing:Rent',
          payee: 'Landlord',
        });
        await move('withdraw', 'misc-0001', '3.00', { description: 'Something' });
        await ok(
          l.invoke('deposit', {
            commandId: 'meta-bob-0001',
            accountId: bob,
            amount: '7.00',
            category: 'Income:Other',
          }),
        );
        // Categorized later, renamed category, a merge and a corrected categorized movement.
        const eventOf = (position: number) => l.store.recordAt(position)!.eventId;
        await ok(
          l.invoke('categorize', {
            commandId: 'meta-cat-0001',
            eventId: eventOf(lunch.position),
            category: 'Food:Restaurants',
            payee: 'Pizzeria',
            tags: ['fun'],
          }),
        );
        await ok(
          l.invoke('renameCategory', {
            commandId: 'meta-ren-0001',
            category: 'Food:Restaurants',
            name: 'Eating out',
          }),
        );
        await ok(
          l.invoke('mergeCategories', {
            commandId: 'meta-mrg-0001',
            from: 'Income:Other',
            into: 'Income:Salary',
          }),
        );
        await ok(
          l.invoke('correctMovement', {
            commandId: 'meta-corr-001',
            eventId: eventOf(rent.position),
            reason: 'twice',
          }),
        );
        await move('withdraw', 'rent-0002', '950.00', { category: 'Housing:Rent', payee: 'Landlord' });

        const file = join(dir, 'books.journal');
        writeFileSync(file, exportHledger(l.store.readAll(0)));
        const hledger = (...args: string[]) => {
          const r = spawnSync('hledger', ['-f', file, ...args], { encoding: 'utf8' });
          expect(r.stderr).toBe('');
          return r.stdout;
        };
        const balances = new Map(
          hledger('balance', '-N', '--flat', '-O', 'csv')
            .trim()
            .split('\n')
            .slice(1)
            .map((line) => JSON.parse(`[${line}]`) as [string, string]),
        );
        const report = await ok(l.invoke('reportCategories', { from: '1900-01-01', to: '2100-12-31' }));
        const categories = report.filter((r) => r.category !== null).map((r) => r.category);
        expect(categories).toEqual(['Food:Eating out', 'Food:Groceries', 'Housing:Rent', 'Income:Salary']);
        // The counter-account has the other side of each movement: the report's total negated.
        const negated = (m: { minor: number; currency: string }) =>
          `${toDecimalString({ ...m, minor: -m.minor })} EUR`;
        for (const r of report) {
          if (r.category === null) continue;
          expect([categoryAccount(r.category), balances.get(categoryAccount(r.category))]).toEqual([
            categoryAccount(r.category),
            negated(r.total),
          ]);
        }
        expect(balances.get('expenses:Food:Groceries')).toBe('37.00 EUR');
        expect(balances.get('expenses:Food:Eating out')).toBe('18.00 EUR');
        expect(balances.get('expenses:Housing:Rent')).toBe('950.00 EUR');
        expect(balances.get('income:Salary')).toBe('-2507.00 EUR');
        // Uncategorized: both uncategorized accounts together are the report's "no category" row
        // (transfers net out across the two accounts).
        const none = report.find((r) => r.category === null)!;
        const minor = (s: string | undefined) => Math.round(Number((s ?? '0 EUR').split(' ')[0]) * 100);
        expect(
          minor(balances.get('income:uncategorized')) + minor(balances.get('expenses:uncategorized')),
        ).toBe(-none.total.minor);
        // Every account's balance still equals the app's.
        for (const a of l.storage.read.listAccounts())
          if (a.name === 'Giro: main')
            expect(balances.get('assets:Ann:Giro main')).toBe(`${toDecimalString(a.balance)} EUR`);
        // Payees (hledger's `payee | note`) and tags.
        const payees = hledger('payees').trim().split('\n');
        expect(payees).toEqual(expect.arrayContaining(['ACME / Corp', 'Rewe', 'Pizzeria', 'Landlord']));
        const tags = hledger('tags').trim().split('\n');
        expect(tags).toEqual(expect.arrayContaining(['event', 'work', 'weekly', 'fam-ily', 'fun']));
        expect(hledger('register', 'tag:weekly', '-O', 'csv')).toContain('Weekly shop');

        // CSV: payee, category (current path), tags joined by `;`.
        const csv = exportCsv(l.store.readAll(0)).trim().split('\n');
        const col = (line: string, name: string) => {
          const head = csv[0]!.split(',');
          return line.split(',')[head.indexOf(name)];
        };
        const rewe = csv.find((line) => line.includes('Weekly shop'))!;
        expect([col(rewe, 'payee'), col(rewe, 'category'), col(rewe, 'tags')]).toEqual([
          'Rewe',
          'Food:Groceries',
          'weekly;fam:ily',
        ]);
        const lunchRow = csv.find((line) => line.includes(',Lunch,'))!;
        expect([col(lunchRow, 'payee'), col(lunchRow, 'category'), col(lunchRow, 'tags')]).toEqual([
          'Pizzeria',
          'Food:Eating out',
          'fun',
        ]);
        const correction = csv.find((line) => line.includes('Correction: twice'))!;
        expect([col(correction, 'payee'), col(correction, 'category')]).toEqual(['Landlord', 'Housing:Rent']);
        expect(csv.filter((line) => col(line, 'category') === 'Income:Salary')).toHaveLength(2);
      } finally {
        await l.close();
      }
    },
  );
});
