import { describe, expect, it } from 'vitest';
import { parseQif } from '../../../src-main/statements/qif';
import { detectQifDateOrder, qifDate, splitQifDate } from '../../../src-main/statements/qif-dates';
import { expectRefused, fixture, utf8 } from './helpers';

const line = (l: number, date: string, minor: number, currency: string, extra: object = {}) => ({
  source: { line: l },
  bookingDate: date,
  valueDate: date,
  amount: { minor, currency },
  ...extra,
});

describe('parseQif', () => {
  it('reads the Actual Budget sample exactly', () => {
    expect(parseQif(fixture('samples/qif/data-with-categories.qif'), { currency: 'USD' })).toEqual({
      format: 'qif',
      formatVersion: 'Bank',
      encoding: 'utf-8',
      lines: [
        line(2, '2018-12-19', -10058, 'USD', { payee: 'Outlet', category: 'Usual Expenses:Shopping' }),
        line(7, '2018-12-19', -2015, 'USD', { payee: 'GroceriesYou', category: 'Groceries' }),
        line(12, '2018-12-19', -4060, 'USD', { payee: 'RestaurantExample', category: 'Food' }),
      ],
      notes: [],
    });
  });

  it("reads Quicken US dates (1/ 2'24), thousands, N numbers, and split transactions", () => {
    const s = parseQif(fixture('qif/bank-quicken-us.qif'), { currency: 'USD' });
    expect(s.lines).toEqual([
      line(2, '2024-01-02', -123456, 'USD', {
        payee: 'City Property Mgmt',
        description: 'January rent',
        category: 'Housing:Rent',
        checkNumber: '1043',
      }),
      line(10, '2024-01-15', 250000, 'USD', { payee: 'ACME Corp', category: 'Salary' }),
      line(16, '2024-01-20', -15000, 'USD', { payee: 'Supermarket' }),
      line(26, '2024-01-31', -4200, 'USD', { payee: 'Gas Station', category: 'Auto:Fuel' }),
      line(32, '1999-12-31', 1, 'USD', { payee: 'Interest', category: 'Interest Income' }),
    ]);
    expect(s.notes).toEqual([
      'Line 16: split across Food:Groceries, Household; imported as one movement without a category',
    ]);
  });

  it('reads European cash records: day first and a decimal comma, detected', () => {
    const s = parseQif(fixture('qif/cash-eu-dmy.qif'), { currency: 'EUR' });
    expect(s).toMatchObject({ formatVersion: 'Cash', notes: [] });
    expect(s.lines).toEqual([
      line(2, '2023-12-31', -1250, 'EUR', { payee: 'Bäckerei', description: 'Brötchen' }),
      line(7, '2024-01-02', 100000, 'EUR', { payee: 'Geldautomat' }),
    ]);
  });

  it('assumes month first when nothing decides, says so, and follows the option', () => {
    const bytes = fixture('qif/ccard-ambiguous.qif');
    const s = parseQif(bytes, { currency: 'USD' });
    expect(s.formatVersion).toBe('CCard');
    expect(s.lines.map((l) => l.bookingDate)).toEqual(['2024-02-03', '2024-04-05', '2024-05-06']);
    expect(s.notes).toEqual(['Dates were read month first: the file does not make the order clear']);
    const dmy = parseQif(bytes, { currency: 'USD', dateOrder: 'DMY' });
    expect(dmy.lines.map((l) => l.bookingDate)).toEqual(['2024-03-02', '2024-05-04', '2024-05-06']);
    expect(dmy.notes).toEqual([]);
    expect(dmy.lines[2]).toEqual(line(10, '2024-05-06', 3000, 'USD', { payee: 'Refund' }));
  });

  it('skips account lists and category sections', () => {
    const s = parseQif(fixture('qif/with-account-list.qif'), { currency: 'USD' });
    expect(s.lines).toEqual([line(16, '2024-03-01', -500, 'USD', { payee: 'Coffee' })]);
  });

  it('sums the splits when there is no total', () => {
    const s = parseQif(utf8('!Type:Bank\nD01/15/2024\nSA\n$-1.00\nSB\n$-2.50\n^\n'), { currency: 'USD' });
    expect(s.lines).toEqual([line(2, '2024-01-15', -350, 'USD')]);
  });
});

describe('parseQif refuses bad files, naming the line', () => {
  it('a bad date', () => {
    expectRefused(
      () => parseQif(fixture('qif/bad-date.qif'), { currency: 'USD' }),
      'invalid',
      6,
      /"02\/30\/2024" is not a valid month\/day\/year date/,
    );
    expectRefused(
      () => parseQif(fixture('samples/qif/data-with-categories.qif'), { currency: 'USD', dateOrder: 'DMY' }),
      'invalid',
      2,
      /"12\/19\/18" is not a valid day\/month\/year date/,
    );
  });

  it('dates mixing both orders', () => {
    expectRefused(
      () => parseQif(utf8('!Type:Bank\nD13/01/2024\nT1\n^\nD01/13/2024\nT1\n^\n'), { currency: 'USD' }),
      'invalid',
      5,
      /mix day-first \(line 2\) and month-first \(line 5\)/,
    );
  });

  it('a bad amount, a missing date or amount', () => {
    expectRefused(
      () => parseQif(utf8('!Type:Bank\nD01/15/2024\nT12..5\n^\n'), { currency: 'USD' }),
      'invalid',
      3,
      /"12\.\.5", which is not an amount/,
    );
    expectRefused(
      () => parseQif(utf8('!Type:Bank\nT1\nPX\n^\n'), { currency: 'USD' }),
      'invalid',
      2,
      /no date \(D line\)/,
    );
    expectRefused(
      () => parseQif(utf8('!Type:Bank\nD01/15/2024\nPX\n^\n'), { currency: 'USD' }),
      'invalid',
      2,
      /no amount \(T line\)/,
    );
  });

  it('several accounts, an investment account, no header', () => {
    expectRefused(
      () => parseQif(fixture('qif/two-accounts.qif'), { currency: 'USD' }),
      'invalid',
      15,
      /transactions of 2 accounts \("Checking", "Savings"\)/,
    );
    expectRefused(
      () => parseQif(fixture('qif/invest.qif'), { currency: 'USD' }),
      'unreadable',
      1,
      /investment account/,
    );
    expectRefused(
      () => parseQif(utf8('D01/15/2024\nT1\n^\n'), { currency: 'USD' }),
      'unreadable',
      1,
      /does not start with a !Type header/,
    );
    expectRefused(
      () => parseQif(utf8('!Type:Cat\nNFood\n^\n'), { currency: 'USD' }),
      'unreadable',
      undefined,
      /no bank, cash or credit card section/,
    );
  });
});

describe('QIF dates', () => {
  it.each([
    ["1/ 2'24", 'MDY', '2024-01-02'],
    ["12/31' 5", 'MDY', '2005-12-31'],
    ['12/31/1999', 'MDY', '1999-12-31'],
    ['12/19/18', 'MDY', '2018-12-19'],
    ['1/2/70', 'MDY', '1970-01-02'],
    ['31.12.1999', 'DMY', '1999-12-31'],
    ['2024-01-31', 'MDY', '2024-01-31'],
    ['02-03-2024', 'DMY', '2024-03-02'],
  ] as const)('%s (%s) is %s', (text, order, iso) => {
    expect(qifDate(splitQifDate(text)!, order)).toBe(iso);
  });

  it('detects the order from days above 12', () => {
    const d = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
    expect(detectQifDateOrder(d('01/02/2024', '01/25/2024'))).toEqual({ order: 'MDY', assumed: false });
    expect(detectQifDateOrder(d('01/02/2024', '25/01/2024'))).toEqual({ order: 'DMY', assumed: false });
    expect(detectQifDateOrder(d('01/02/2024'))).toEqual({ order: 'MDY', assumed: true });
    expect(detectQifDateOrder(d('01.02.2024'))).toEqual({ order: 'DMY', assumed: true });
    expect(detectQifDateOrder(d('2024-01-02'))).toEqual({ order: 'YMD', assumed: false });
  });
});
