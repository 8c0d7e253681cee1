import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src-main/statements/csv';
import type { CsvOptions } from '../../../src-main/statements/csv-options';
import { expectRefused, fixture, utf8 } from './helpers';

const line = (
  l: number,
  date: string,
  minor: number,
  currency: string,
  extra: object = {},
  valueDate = date,
) => ({
  source: { line: l },
  bookingDate: date,
  valueDate,
  amount: { minor, currency },
  ...extra,
});

const GIRO: CsvOptions = {
  currency: 'EUR',
  skipLines: 4,
  map: {
    date: 'Buchungstag',
    valueDate: 'Wertstellung',
    payee: 'Auftraggeber / Begünstigter',
    description: 'Verwendungszweck',
    amount: 'Betrag (EUR)',
  },
};

describe('parseCsv on real and typical bank files', () => {
  it('reads the Actual Budget sample exactly', () => {
    const s = parseCsv(fixture('samples/csv/data-payee-memo.csv'), {
      currency: 'USD',
      map: { date: 'date', amount: 'amount', payee: 'payee', description: 'notes' },
    });
    expect(s).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      lines: [
        line(2, '2019-01-23', -1000, 'USD', { payee: 'Payee Name', description: 'Note Text' }),
        line(3, '2019-01-23', -2000, 'USD', { payee: 'Payee Name Only' }),
        line(4, '2019-01-23', -3000, 'USD', { description: 'Note Only Text' }),
        line(5, '2019-01-23', -4000, 'USD'),
      ],
      notes: [],
    });
  });

  it('reads a German export: preamble, ";", decimal comma, DD.MM.YYYY, a value date, a quoted newline', () => {
    const s = parseCsv(fixture('csv/de-giro-preamble.csv'), GIRO);
    expect(s.lines).toEqual([
      line(6, '2024-01-02', -8500, 'EUR', {
        payee: 'Stadtwerke Köln GmbH',
        description: 'Abschlag Strom Januar',
      }),
      line(
        7,
        '2024-01-03',
        321055,
        'EUR',
        { payee: 'Arbeitgeber AG', description: 'Gehalt Dezember' },
        '2024-01-04',
      ),
      line(8, '2024-01-15', -4713, 'EUR', { payee: 'REWE Markt', description: 'REWE SAGT DANKE 1234' }),
      line(
        9,
        '2024-01-31',
        -115000,
        'EUR',
        { payee: 'Müller, Hans', description: 'Miete Februar Whg. 3 links' },
        '2024-02-01',
      ),
      line(11, '2024-01-31', -490, 'EUR', { description: 'Kontoführung' }),
    ]);
    expect(s.notes).toEqual([]);
    expect(s.currency).toBeUndefined();
  });

  it('reads a US export with MM/DD/YYYY and separate debit and credit columns', () => {
    const s = parseCsv(fixture('csv/us-debit-credit.csv'), {
      currency: 'USD',
      map: { date: 'Posted Date', description: 'Description', debit: 'Debit', credit: 'Credit' },
    });
    expect(s.lines).toEqual([
      line(2, '2024-01-05', -2399, 'USD', { description: 'AMAZON MKTPLACE PMTS, SEATTLE WA' }),
      line(3, '2024-01-06', 250000, 'USD', { description: 'PAYROLL ACME INC' }),
      line(4, '2024-01-15', -120000, 'USD', { description: 'CHECK #1042 "RENT"' }),
      line(5, '2024-01-31', 37, 'USD', { description: 'INTEREST PAID' }),
    ]);
  });

  it('keeps the file line numbers across quoted newlines; parentheses and trailing minus are negative', () => {
    const s = parseCsv(fixture('csv/quoted-newlines.csv'), {
      currency: 'EUR',
      map: { date: 1, amount: 2, payee: 3, description: 4 },
    });
    expect(s.lines).toEqual([
      line(2, '2024-03-01', -1250, 'EUR', {
        payee: 'Bakery "Zum Korn"',
        description: 'first line second line third line',
      }),
      line(5, '2024-03-02', 10000, 'EUR', { payee: 'Smith, John' }),
      line(6, '2024-03-03', -725, 'EUR', { payee: 'Parking', description: 'fee, city centre' }),
      line(7, '2024-03-04', -1999, 'EUR', { payee: 'Books' }),
    ]);
  });

  it('reads the same lines from CRLF line endings', () => {
    const crlf = fixture('csv/quoted-newlines.csv').toString('utf8').replace(/\n/g, '\r\n');
    const s = parseCsv(utf8(crlf), {
      currency: 'EUR',
      map: { date: 1, amount: 2, payee: 3, description: 4 },
    });
    expect(s.lines.map((l) => l.source.line)).toEqual([2, 5, 6, 7]);
  });

  it('reads a Windows-1252 file, detected or named', () => {
    const map = { date: 1, payee: 2, description: 3, amount: 4 };
    const expected = [
      line(2, '2024-03-05', -380, 'EUR', { payee: 'Bäckerei Müller', description: 'Brötchen – „Frühstück“' }),
      line(3, '2024-03-06', -450, 'EUR', { payee: 'Café Zoë', description: 'Kaffee 2 € Trinkgeld' }),
    ];
    const bytes = fixture('csv/de-windows1252.csv');
    expect(parseCsv(bytes, { currency: 'EUR', map })).toMatchObject({
      encoding: 'windows-1252',
      lines: expected,
    });
    expect(parseCsv(bytes, { currency: 'EUR', map, encoding: 'windows-1252' }).lines).toEqual(expected);
    expectRefused(
      () => parseCsv(bytes, { currency: 'EUR', map, encoding: 'utf-8' }),
      'unreadable',
      1,
      /not valid UTF-8/,
    );
  });

  it('reads UTF-16 with and without BOM to the same lines as UTF-8', () => {
    const options: CsvOptions = { currency: 'USD', map: { date: 1, description: 2, debit: 3, credit: 4 } };
    const text = fixture('csv/us-debit-credit.csv').toString('utf8');
    const expected = parseCsv(utf8(text), options).lines;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [
      le,
      be,
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    ]) {
      expect(parseCsv(bytes, options).lines).toEqual(expected);
    }
  });

  it('takes the currency from a currency column or a code beside the amount', () => {
    const csv = 'date,amount,ccy\n2024-01-01,-5.00,USD\n2024-01-02,1.5,usd\n';
    const s = parseCsv(utf8(csv), { currency: 'EUR', map: { date: 1, amount: 2, currency: 3 } });
    expect(s.currency).toBe('USD');
    expect(s.lines.map((l) => l.amount)).toEqual([
      { minor: -500, currency: 'USD' },
      { minor: 150, currency: 'USD' },
    ]);
    const jpy = parseCsv(utf8('date,amount\n2024-01-01,-1500 JPY\n'), {
      currency: 'EUR',
      map: { date: 1, amount: 2 },
    });
    expect(jpy).toMatchObject({ currency: 'JPY', lines: [{ amount: { minor: -1500, currency: 'JPY' } }] });
    expectRefused(
      () =>
        parseCsv(utf8('date,amount\n2024-01-01,1 USD\n2024-01-02,2 GBP\n'), {
          currency: 'EUR',
          map: { date: 1, amount: 2 },
        }),
      'invalid',
      3,
      /in GBP, earlier rows are in USD/,
    );
  });

  it('detects the delimiter, decimal separator and date format when they are left out, noting a guess', () => {
    const s = parseCsv(utf8('Datum;Betrag\n01.02.2024;-1,50\n02.02.2024;2\n'), {
      currency: 'EUR',
      map: { date: 1, amount: 2 },
    });
    expect(s.lines.map((l) => [l.bookingDate, l.amount.minor])).toEqual([
      ['2024-02-01', -150],
      ['2024-02-02', 200],
    ]);
    const ambiguous = parseCsv(utf8('date,amount\n02/03/2024,1.50\n'), {
      currency: 'USD',
      map: { date: 1, amount: 2 },
    });
    expect(ambiguous.lines[0]!.bookingDate).toBe('2024-02-03');
    expect(ambiguous.notes).toEqual(['Dates were read as MM/DD/YYYY; they would also fit DD/MM/YYYY']);
    const dayFirst = parseCsv(utf8('date,amount\n02/03/2024,1.50\n'), {
      currency: 'USD',
      dateFormat: 'DD/MM/YYYY',
      map: { date: 1, amount: 2 },
    });
    expect(dayFirst.lines[0]!.bookingDate).toBe('2024-03-02');
  });

  it('reads files without a header by column number', () => {
    const s = parseCsv(utf8('2024-01-01,-1.00,Shop\n'), {
      currency: 'EUR',
      header: false,
      map: { date: 1, amount: 2, payee: 3 },
    });
    expect(s.lines).toEqual([line(1, '2024-01-01', -100, 'EUR', { payee: 'Shop' })]);
  });
});

describe('parseCsv refuses bad files and settings, naming the line', () => {
  const map = { date: 1, amount: 2, payee: 3 };
  it('a bad date on line 7', () => {
    expectRefused(
      () => parseCsv(fixture('csv/bad-date-line7.csv'), { currency: 'EUR', map }),
      'invalid',
      7,
      /"30\.02\.2024" is not a valid date in the format of the other dates \(DD\.MM\.YYYY\)/,
    );
    expectRefused(
      () => parseCsv(fixture('csv/bad-date-line7.csv'), { currency: 'EUR', map, dateFormat: 'DD.MM.YYYY' }),
      'invalid',
      7,
      /The date \(column "Datum"\) is "30\.02\.2024", which is not a valid DD\.MM\.YYYY date/,
    );
  });

  it('a bad amount, and one beyond safe integers', () => {
    expectRefused(
      () => parseCsv(fixture('csv/bad-amount.csv'), { currency: 'EUR', map }),
      'invalid',
      3,
      /"12\.3\.4", which is not an amount/,
    );
    expectRefused(
      () => parseCsv(fixture('csv/huge-amount.csv'), { currency: 'EUR', map }),
      'invalid',
      3,
      /larger than the ledger can hold/,
    );
  });

  it('a quote never closed', () => {
    expectRefused(
      () => parseCsv(fixture('csv/unclosed-quote.csv'), { currency: 'EUR', map }),
      'unreadable',
      3,
      /never closed/,
    );
  });

  it('a record far too long', () => {
    const long = `date,amount,payee\n2024-01-01,1,${'x'.repeat(200_000)}\n`;
    expectRefused(
      () => parseCsv(utf8(long), { currency: 'EUR', map }),
      'unreadable',
      2,
      /longer than 100,000 characters/,
    );
  });

  it('a row too short for the mapping, and empty amounts', () => {
    expectRefused(
      () => parseCsv(utf8('date,amount,payee\n2024-01-01,1,A\n2024-01-02\n'), { currency: 'EUR', map }),
      'invalid',
      3,
      /has 1 fields; the amount column "amount" \(2\) is missing/,
    );
    expectRefused(
      () => parseCsv(utf8('d,a\n2024-01-01,\n'), { currency: 'EUR', map: { date: 1, amount: 2 } }),
      'invalid',
      2,
      /amount \(column "a"\) is empty/,
    );
    expectRefused(
      () =>
        parseCsv(utf8(fixture('csv/us-debit-credit.csv').toString().replace('23.99', '')), {
          currency: 'USD',
          map: { date: 1, debit: 3, credit: 4 },
        }),
      'invalid',
      2,
      /Neither the debit nor the credit column has an amount/,
    );
  });

  it('a mapping that does not fit the file (invalid input, no line)', () => {
    const bytes = fixture('samples/csv/data-payee-memo.csv');
    expectRefused(
      () => parseCsv(bytes, { currency: 'EUR', map: { date: 'Datum', amount: 2 } }),
      'invalid',
      undefined,
      /No column is named "Datum" for the date; the columns are: "date", "amount", "payee", "notes"/,
    );
    expectRefused(
      () => parseCsv(bytes, { currency: 'EUR', map: { date: 1, amount: 9 } }),
      'invalid',
      undefined,
      /Column 9 for the amount does not exist: the file has 4 columns/,
    );
    expectRefused(
      () => parseCsv(bytes, { currency: 'EUR', map: { date: 1 } }),
      'invalid',
      undefined,
      /needs an amount column/,
    );
    expectRefused(
      () => parseCsv(bytes, { currency: 'EUR', map: { date: 1, amount: 2, debit: 3 } }),
      'invalid',
      undefined,
      /choose one/,
    );
    expectRefused(
      () => parseCsv(bytes, { currency: 'EUR', delimiter: 'ab', map: { date: 1, amount: 2 } }),
      'invalid',
      undefined,
      /cannot be a CSV delimiter/,
    );
  });

  it('a text that is not CSV', () => {
    expectRefused(
      () => parseCsv(utf8('just some words\nand more\n'), { currency: 'EUR', map }),
      'unreadable',
      undefined,
      /no field delimiter/,
    );
  });
});
