// `ledger import-statement` and `ledger undo-import` through the CLI runner: the JSON shape, exit
// codes (1 rule, 2 bad input, 4 unreadable) and nothing written on a refusal or a dry run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLedger } from '../support/cli-runner';
import { openLedger } from '../../src-main/ledger';
import { tempDir } from '../support/temp-dir';

const FIXTURES = join(import.meta.dirname, '../fixtures/statements');

const ledger = runLedger;

async function setup(currency = 'EUR', initial = '1000.00', date = '2024-02-29') {
  const dir = tempDir();
  const db = join(dir, 'cli.sqlite');
  const open = await ledger(
    db,
    'open-account',
    '--owner',
    'Ann',
    '--currency',
    currency,
    '--initial',
    initial,
    '--value-date',
    date,
  );
  expect(open.code).toBe(0);
  return { dir, db, id: open.out.trim() };
}

async function head(db: string): Promise<number> {
  const l = openLedger(db, { create: false });
  try {
    return l.store.headPosition();
  } finally {
    await l.close();
  }
}

describe('ledger import-statement', () => {
  it('imports CAMT, prints the documented JSON, re-import adds 0, undo-import restores the balance', async () => {
    const { db, id } = await setup();
    const file = join(FIXTURES, 'camt/camt053-v04.xml');
    const r = await ledger(db, '--json', 'import-statement', file, '--account', id);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      new: 7,
      duplicates: 0,
      refused: 0,
      statementBalance: { minor: 390565, currency: 'EUR', decimal: '3905.65', date: '2024-03-31' },
      difference: { minor: 0, currency: 'EUR', decimal: '0.00' },
    });
    expect(json.batchId).toMatch(/^[0-9a-f-]{36}$/);
    const again = JSON.parse((await ledger(db, '--json', 'import-statement', file, '--account', id)).out);
    expect(again).toMatchObject({ batchId: null, new: 0, duplicates: 7 });

    const wrong = await ledger(db, 'reconcile', id, '--date', '2024-03-31', '--balance', '3905.64');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/difference -0\.01 EUR/);
    const right = await ledger(db, '--json', 'reconcile', id, '--date', '2024-03-31', '--balance', '3905.65');
    expect(right.code).toBe(0);
    const early = await ledger(db, 'reconcile', id, '--date', '2024-03-02', '--balance', '957.50');
    expect(early.code).toBe(0);

    const undo = await ledger(db, 'undo-import', json.batchId);
    expect(undo.code).toBe(0);
    expect(undo.out).toMatch(/reversed 7/);
    const acct = JSON.parse((await ledger(db, '--json', 'balance', id)).out);
    expect(acct.balance.minor).toBe(100000);
    expect((await ledger(db, 'undo-import', json.batchId)).code).toBe(1);
  });

  it('--dry-run lists the lines and writes nothing', async () => {
    const { db, id } = await setup('USD', '5000.00', '2019-01-01');
    const before = await head(db);
    const r = await ledger(
      db,
      'import-statement',
      join(FIXTURES, 'samples/ofx/data-payee-memo.ofx'),
      '--account',
      id,
      '--dry-run',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Payee Name — Memo Text/);
    expect(r.out).toMatch(/would import 4/);
    expect(await head(db)).toBe(before);
  });

  it('CSV with --map by header name and column number, --date-format and --decimal', async () => {
    const { dir, db, id } = await setup('EUR', '100.00', '2024-01-01');
    const file = join(dir, 'bank.csv');
    writeFileSync(
      file,
      'Buchung;Betrag;Empfänger\n02.01.2024;-1.234,56;Miete\n03.01.2024;2.000,00;Gehalt\n',
      'latin1',
    );
    const r = await ledger(
      db,
      '--json',
      'import-statement',
      file,
      '--account',
      id,
      '--encoding',
      'windows-1252',
      '--map',
      'date=Buchung,amount=2,payee=3',
      '--date-format',
      'DD.MM.YYYY',
      '--decimal',
      ',',
      '--delimiter',
      ';',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ new: 2, difference: null });
    const acct = JSON.parse((await ledger(db, '--json', 'balance', id)).out);
    expect(acct.balance.minor).toBe(10000 - 123456 + 200000);
  });

  it('--save-profile keeps the CSV mapping per account; --profile uses it', async () => {
    const { dir, db, id } = await setup('EUR', '100.00', '2024-01-01');
    const first = join(dir, 'jan.csv');
    const second = join(dir, 'feb.csv');
    writeFileSync(first, 'Tag|Summe|Wer\n02.01.2024|-1,50|Kiosk\n03.01.2024|-2,50|Kiosk\n');
    writeFileSync(second, 'Tag|Summe|Wer\n02.02.2024|-3,00|Bäcker\n04.02.2024|-4,00|Bäcker\n');
    const saved = await ledger(
      db,
      '--json',
      'import-statement',
      first,
      '--account',
      id,
      '--map',
      'date=Tag,amount=Summe,payee=Wer',
      '--decimal',
      ',',
      '--delimiter',
      '|',
      '--date-format',
      'DD.MM.YYYY',
      '--save-profile',
      'Sparkasse',
    );
    expect(saved.code).toBe(0);
    const used = await ledger(
      db,
      '--json',
      'import-statement',
      second,
      '--account',
      id,
      '--profile',
      'Sparkasse',
    );
    expect(used.err).toBe('');
    expect(JSON.parse(used.out)).toMatchObject({ new: 2 });
    const balance = JSON.parse((await ledger(db, '--json', 'balance', id)).out);
    expect(balance.balance.minor).toBe(10000 - 150 - 250 - 300 - 400);
    const unknown = await ledger(db, 'import-statement', second, '--account', id, '--profile', 'Nope');
    expect(unknown.code).toBe(2);
  });

  it('exit 2 for a bad line, 4 for an unreadable file, 1 before the opening date; nothing written', async () => {
    const { db, id } = await setup('EUR', '1000.00', '2024-03-10');
    const before = await head(db);
    const bad = await ledger(
      db,
      'import-statement',
      join(FIXTURES, 'csv/bad-date-line7.csv'),
      '--account',
      id,
      '--map',
      'date=1,amount=2',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Line 7/);
    const truncated = await ledger(
      db,
      'import-statement',
      join(FIXTURES, 'ofx/truncated.ofx'),
      '--account',
      id,
    );
    expect(truncated.code).toBe(4);
    const missing = await ledger(db, 'import-statement', join(FIXTURES, 'nope.ofx'), '--account', id);
    expect(missing.code).toBe(4);
    const camt = join(FIXTURES, 'camt/camt053-v04.xml');
    const early = await ledger(db, 'import-statement', camt, '--account', id);
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/--move-opening-date/);
    expect(await head(db)).toBe(before);
    const usage = await ledger(db, 'import-statement', camt, '--account', id, '--map', 'date=1,amount=2');
    expect(usage.code).toBe(2);
    const moved = await ledger(
      db,
      '--json',
      'import-statement',
      camt,
      '--account',
      id,
      '--move-opening-date',
    );
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.out)).toMatchObject({ new: 7, openingDateMovedTo: '2024-03-01' });
  });
});
