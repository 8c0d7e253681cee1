// Statement import end to end on a real ledger file: real statements of each format import
// exactly, re-import and overlaps add nothing twice, bad files and dry runs write nothing, the
// whole import is one transaction, and undo-import restores the balance with corrections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src-shared/events';
import { importStatement, undoImport } from '../../src-main/application/import-statement';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { tempLedgerPath } from '../support/temp-dir';

const FIXTURES = join(import.meta.dirname, '../fixtures/statements');
const fixture = (p: string) => new Uint8Array(readFileSync(join(FIXTURES, p)));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function withLedger(fn: (l: SqliteLedger) => Promise<void> | void): Promise<void> {
  const l = openLedger(tempLedgerPath());
  try {
    await fn(l);
  } finally {
    await l.close();
  }
}

async function openAccount(l: SqliteLedger, currency: string, openingBalance: string, openingDate: string) {
  const r = await l.invoke('openAccount', {
    commandId: `open-${Math.random()}`,
    owner: 'Ann',
    currency,
    openingBalance,
    openingDate,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.accountId;
}

const balance = (l: SqliteLedger, id: string) => l.storage.read.getAccount(id).balance.minor;
const movements = (l: SqliteLedger, id: string) =>
  l.store
    .readStream(id)
    .filter(
      (e): e is Extract<StoredEvent, { eventType: 'MoneyDeposited' | 'MoneyWithdrawn' }> =>
        e.eventType === 'MoneyDeposited' || e.eventType === 'MoneyWithdrawn',
    )
    .map((e) => ({
      type: e.eventType,
      minor: e.data.amount.minor,
      valueDate: e.data.valueDate,
      description: e.data.description,
      batch: e.metadata.importBatchId,
    }));

const CSV_MAP = { map: { date: 'date', amount: 'amount', payee: 'payee', description: 'notes' } };

describe('importStatement: real files of each format import exactly', () => {
  it('OFX 1.02 (Actual Budget sample): four withdrawals to the cent, payees, value dates, batch id', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'USD', '5000.00', '2019-01-01');
      const r = importStatement(l, {
        accountId: id,
        bytes: fixture('samples/ofx/data-payee-memo.ofx'),
      });
      expect(r).toMatchObject({ format: 'ofx', new: 4, duplicates: 0, refused: 0 });
      expect(r.batchId).toMatch(/^[0-9a-f-]{36}$/);
      const day = '2019-01-23';
      const b = r.batchId;
      expect(movements(l, id)).toEqual([
        {
          type: 'MoneyWithdrawn',
          minor: 1000,
          valueDate: day,
          description: 'Payee Name — Memo Text',
          batch: b,
        },
        { type: 'MoneyWithdrawn', minor: 2000, valueDate: day, description: 'Payee Name Only', batch: b },
        { type: 'MoneyWithdrawn', minor: 3000, valueDate: day, description: 'Memo Only Text', batch: b },
        { type: 'MoneyWithdrawn', minor: 4000, valueDate: day, description: undefined, batch: b },
      ]);
      expect(balance(l, id)).toBe(500000 - 10000);
      // LEDGERBAL 1000.00 on 2019-01-24 against 4900.00 held then.
      expect(r.statementBalance).toEqual({ amount: { minor: 100000, currency: 'USD' }, date: '2019-01-24' });
      expect(r.difference).toEqual({ minor: 100000 - 490000, currency: 'USD' });
    }));

  it('OFX 2 credit card (ofxparse sample, AUD)', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'AUD', '100.00', '2017-01-01');
      const r = importStatement(l, { accountId: id, bytes: fixture('samples/ofx/anzcc.ofx') });
      expect(r.new).toBe(1);
      expect(movements(l, id)).toEqual([
        {
          type: 'MoneyWithdrawn',
          minor: 550,
          valueDate: '2017-05-08',
          description: 'SOME MEMO',
          batch: r.batchId,
        },
      ]);
    }));

  it('CSV (Actual Budget sample) with a column mapping', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '100.00', '2019-01-01');
      const r = importStatement(l, {
        accountId: id,
        bytes: fixture('samples/csv/data-payee-memo.csv'),
        format: 'csv',
        csv: CSV_MAP,
      });
      expect(r.new).toBe(4);
      expect(movements(l, id).map((m) => [m.minor, m.valueDate, m.description])).toEqual([
        [1000, '2019-01-23', 'Payee Name — Note Text'],
        [2000, '2019-01-23', 'Payee Name Only'],
        [3000, '2019-01-23', 'Note Only Text'],
        [4000, '2019-01-23', undefined],
      ]);
      expect(balance(l, id)).toBe(0);
      expect(r.difference).toBeNull();
    }));

  it('the same CSV in UTF-16 LE with a BOM imports the same movements', () =>
    withLedger(async (l) => {
      const text = readFileSync(join(FIXTURES, 'samples/csv/data-payee-memo.csv'), 'utf8');
      const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
      const a = await openAccount(l, 'EUR', '100.00', '2019-01-01');
      const b = await openAccount(l, 'EUR', '100.00', '2019-01-01');
      importStatement(l, {
        accountId: a,
        bytes: fixture('samples/csv/data-payee-memo.csv'),
        format: 'csv',
        csv: CSV_MAP,
      });
      const r = importStatement(l, { accountId: b, bytes, format: 'csv', csv: CSV_MAP });
      expect(r.new).toBe(4);
      const strip = (m: ReturnType<typeof movements>) => m.map(({ batch: _b, ...rest }) => rest);
      expect(strip(movements(l, b))).toEqual(strip(movements(l, a)));
    }));

  it('CSV with debit/credit columns and US dates: deposits and withdrawals to the cent', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'USD', '2000.00', '2024-01-01');
      const r = importStatement(l, {
        accountId: id,
        bytes: fixture('csv/us-debit-credit.csv'),
        format: 'csv',
        csv: {
          map: { date: 'Posted Date', debit: 'Debit', credit: 'Credit', description: 'Description' },
          dateFormat: 'MM/DD/YYYY',
        },
      });
      expect(r.new).toBeGreaterThanOrEqual(4);
      const m = movements(l, id);
      expect(m).toContainEqual(
        expect.objectContaining({ type: 'MoneyWithdrawn', minor: 2399, valueDate: '2024-01-05' }),
      );
      expect(m).toContainEqual(
        expect.objectContaining({ type: 'MoneyDeposited', minor: 250000, valueDate: '2024-01-06' }),
      );
      expect(m).toContainEqual(expect.objectContaining({ type: 'MoneyDeposited', minor: 37 }));
    }));

  it('QIF (Actual Budget sample)', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '500.00', '2018-01-01');
      const r = importStatement(l, { accountId: id, bytes: fixture('samples/qif/data-with-categories.qif') });
      expect(r.format).toBe('qif');
      expect(movements(l, id).map((m) => [m.type, m.minor, m.valueDate, m.description])).toEqual([
        ['MoneyWithdrawn', 10058, '2018-12-19', 'Outlet'],
        ['MoneyWithdrawn', 2015, '2018-12-19', 'GroceriesYou'],
        ['MoneyWithdrawn', 4060, '2018-12-19', 'RestaurantExample'],
      ]);
      expect(balance(l, id)).toBe(50000 - 10058 - 2015 - 4060);
    }));

  it('CAMT.053.001.04: batch entries, reversal, value dates; the closing balance reconciles', () =>
    withLedger(async (l) => {
      // The statement opens at 1000.00 and closes (CLBD) at 3905.65 on 2024-03-31.
      const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
      const r = importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml') });
      expect(r).toMatchObject({ format: 'camt', new: 7, duplicates: 0 });
      expect(balance(l, id)).toBe(390565);
      expect(r.difference).toEqual({ minor: 0, currency: 'EUR' });
      const m = movements(l, id);
      expect(m).toContainEqual(
        expect.objectContaining({
          type: 'MoneyDeposited',
          minor: 321055,
          valueDate: '2024-03-29',
          description: 'Arbeitgeber AG — Gehalt März & Bonus',
        }),
      );
      expect(m).toContainEqual(
        expect.objectContaining({ type: 'MoneyWithdrawn', minor: 490, description: 'Kontofuehrungsentgelt' }),
      );
    }));

  it('every CAMT version 02-08 of the same statement imports the same movements', () =>
    withLedger(async (l) => {
      const results = [];
      for (const v of ['02', '03', '04', '05', '06', '07', '08']) {
        const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
        const r = importStatement(l, { accountId: id, bytes: fixture(`camt/camt053-v${v}.xml`) });
        expect(r.difference).toEqual({ minor: 0, currency: 'EUR' });
        results.push(movements(l, id).map((m) => [m.type, m.minor, m.valueDate]));
      }
      for (const r of results) expect(r).toEqual(results[0]);
    }));
});

describe('importStatement: idempotent', () => {
  it('re-importing the same file adds nothing', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
      importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml') });
      const head = l.store.headPosition();
      const again = importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml') });
      expect(again).toMatchObject({ batchId: null, new: 0, duplicates: 7 });
      expect(l.store.headPosition()).toBe(head);
      expect(again.difference).toEqual({ minor: 0, currency: 'EUR' });
    }));

  it('an overlapping statement without bank ids adds only its new lines (same-looking lines counted)', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '100.00', '2024-01-01');
      const head = 'date,amount,payee\n';
      const first = `${head}2024-01-02,-5.00,Bakery\n2024-01-02,-5.00,Bakery\n2024-01-03,10.00,Refund\n`;
      const second = `${head}2024-01-02,-5.00,Bakery\n2024-01-02,-5.00,Bakery\n2024-01-02,-5.00,Bakery\n2024-01-03,10.00,Refund\n2024-01-04,-1.25,Kiosk\n`;
      const csv = { map: { date: 'date', amount: 'amount', payee: 'payee' } };
      const a = importStatement(l, { accountId: id, bytes: utf8(first), format: 'csv', csv });
      expect(a.new).toBe(3);
      const b = importStatement(l, { accountId: id, bytes: utf8(second), format: 'csv', csv });
      // The third 5.00 Bakery line of the same day is new: the occurrence number tells it apart.
      expect(b).toMatchObject({ new: 2, duplicates: 3 });
      expect(balance(l, id)).toBe(10000 - 500 * 3 + 1000 - 125);
    }));

  it('a dry run classifies and writes nothing', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
      const head = l.store.headPosition();
      const r = importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml'), dryRun: true });
      expect(r).toMatchObject({ batchId: null, new: 7 });
      expect(r.lines.every((x) => x.status === 'new')).toBe(true);
      expect(r.difference).toEqual({ minor: 0, currency: 'EUR' });
      expect(l.store.headPosition()).toBe(head);
    }));
});

describe('importStatement: refusals write nothing', () => {
  it('a bad line names the line; the event count is unchanged', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-01-01');
      const head = l.store.headPosition();
      for (const [file, format] of [
        ['csv/bad-date-line7.csv', 'csv'],
        ['ofx/truncated.ofx', 'ofx'],
        ['camt/bad-amount.xml', 'camt'],
        ['qif/bad-date.qif', 'qif'],
      ] as const) {
        expect(() =>
          importStatement(l, {
            accountId: id,
            bytes: fixture(file),
            format,
            csv: { map: { date: 1, amount: 2 } },
          }),
        ).toThrow(/Line \d+/);
      }
      expect(l.store.headPosition()).toBe(head);
    }));

  it('a statement in another currency is refused', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'USD', '1000.00', '2024-01-01');
      expect(() => importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml') })).toThrow(
        /EUR, the account in USD/,
      );
    }));

  it('one refused line mid-import rolls the whole batch back (one transaction)', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '10.00', '2024-01-01');
      const head = l.store.headPosition();
      const csv = 'date,amount\n2024-01-02,5.00\n2024-01-03,-1.00\n2024-01-04,-100.00\n';
      expect(() =>
        importStatement(l, {
          accountId: id,
          bytes: utf8(csv),
          format: 'csv',
          csv: { map: { date: 'date', amount: 'amount' } },
        }),
      ).toThrow(/Line 4: Insufficient funds/);
      expect(l.store.headPosition()).toBe(head);
      expect(balance(l, id)).toBe(1000);
    }));

  it('lines before the opening date are refused unless the opening date moves back', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-03-10');
      const head = l.store.headPosition();
      expect(() => importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml') })).toThrow(
        expect.objectContaining({ code: 'domain', reason: 'before_opening' }),
      );
      expect(l.store.headPosition()).toBe(head);
      const r = importStatement(l, {
        accountId: id,
        bytes: fixture('camt/camt053-v04.xml'),
        moveOpeningDate: true,
      });
      expect(r).toMatchObject({ new: 7, openingDateMovedTo: '2024-03-01' });
      expect(l.storage.read.getAccount(id).openingDate).toBe('2024-03-01');
    }));

  it('a likely duplicate of a hand entry is left out for attention, or kept on request', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
      await l.invoke('withdraw', {
        commandId: 'hand-rewe-0001',
        accountId: id,
        amount: '42.50',
        valueDate: '2024-03-02',
        description: 'REWE',
      });
      const dry = importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml'), dryRun: true });
      expect(dry).toMatchObject({ new: 6, attention: 1 });
      const flagged = dry.lines.find((x) => x.status === 'attention')!;
      expect(flagged).toMatchObject({ reason: 'likely_duplicate' });
      expect(flagged.line.amount.minor).toBe(-4250);
      const kept = importStatement(l, {
        accountId: id,
        bytes: fixture('camt/camt053-v04.xml'),
        keepLikelyDuplicates: true,
      });
      expect(kept.new).toBe(7);
    }));
});

describe('importStatement: another bank account', () => {
  it('a statement naming another IBAN than earlier imports is refused unless accepted', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
      const original = readFileSync(join(FIXTURES, 'camt/camt053-v04.xml'), 'utf8');
      importStatement(l, { accountId: id, bytes: utf8(original) });
      const other = utf8(original.replace('DE89370400440532013000', 'DE02120300000000202051'));
      const head = l.store.headPosition();
      expect(() => importStatement(l, { accountId: id, bytes: other })).toThrow(
        expect.objectContaining({ code: 'domain', reason: 'other_bank_account' }),
      );
      expect(l.store.headPosition()).toBe(head);
      // Accepted: the lines' bank ids are this account's own, so they are the same lines again.
      expect(importStatement(l, { accountId: id, bytes: other, acceptOtherAccount: true })).toMatchObject({
        new: 0,
        duplicates: 7,
      });
      const events = l.store.readStream(id).filter((e) => e.metadata.importBatchId !== undefined);
      expect(events.every((e) => e.metadata.statementAccount === 'IBAN DE89370400440532013000')).toBe(true);
    }));
});

describe('undoImport', () => {
  it('corrects every movement of the batch, restores the balance, deletes nothing; twice is refused', () =>
    withLedger(async (l) => {
      const id = await openAccount(l, 'EUR', '1000.00', '2024-02-29');
      const r = importStatement(l, { accountId: id, bytes: fixture('camt/camt053-v04.xml') });
      const head = l.store.headPosition();
      const u = undoImport(l, r.batchId!);
      expect(u.reversed).toBe(7);
      expect(balance(l, id)).toBe(100000);
      expect(l.store.headPosition()).toBe(head + 7);
      expect(movements(l, id)).toHaveLength(7);
      expect(l.verify().ok).toBe(true);
      expect(() => undoImport(l, r.batchId!)).toThrow(expect.objectContaining({ reason: 'already_undone' }));
      expect(() => undoImport(l, '00000000-0000-4000-8000-000000000000')).toThrow(
        expect.objectContaining({ code: 'not_found' }),
      );
    }));
});
