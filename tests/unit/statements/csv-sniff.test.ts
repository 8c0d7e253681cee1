import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src-main/statements/csv';
import { sniffCsv } from '../../../src-main/statements/csv-sniff';
import { expectRefused, fixture, utf8 } from './helpers';

describe('sniffCsv proposes settings that parse the file', () => {
  it('a German export with a preamble', () => {
    const bytes = fixture('csv/de-giro-preamble.csv');
    const s = sniffCsv(bytes);
    expect(s).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      skipLines: 4,
      header: true,
      decimal: ',',
      dateFormat: 'DD.MM.YYYY',
      dateFormatAlternatives: [],
      map: {
        date: 'Buchungstag',
        valueDate: 'Wertstellung',
        payee: 'Auftraggeber / Begünstigter',
        description: 'Verwendungszweck',
        amount: 'Betrag (EUR)',
      },
    });
    expect(s.columns).toEqual([
      'Buchungstag',
      'Wertstellung',
      'Buchungstext',
      'Auftraggeber / Begünstigter',
      'Verwendungszweck',
      'Betrag (EUR)',
      'Column 7',
    ]);
    expect(s.rows.map((r) => r.line)).toEqual([6, 7, 8, 9, 11]);
    expect(s.rows[3]!.fields[4]).toBe('Miete Februar\nWhg. 3 links');
    const parsed = parseCsv(bytes, { currency: 'EUR', ...s, map: { date: s.map.date!, ...s.map } });
    expect(parsed.lines.map((l) => l.amount.minor)).toEqual([-8500, 321055, -4713, -115000, -490]);
  });

  it('a US export with debit and credit columns (the balance column is not the amount)', () => {
    const s = sniffCsv(fixture('csv/us-debit-credit.csv'));
    expect(s).toMatchObject({
      delimiter: ',',
      skipLines: 0,
      header: true,
      decimal: '.',
      dateFormat: 'MM/DD/YYYY',
    });
    expect(s.map).toEqual({
      date: 'Posted Date',
      description: 'Description',
      debit: 'Debit',
      credit: 'Credit',
    });
  });

  it('a file without a header: roles from the content, by column number', () => {
    const s = sniffCsv(
      utf8('2024-01-05;Bakery on the corner;-3,50\n2024-01-06;Salary for January;1.500,00\n'),
    );
    expect(s).toMatchObject({ header: false, delimiter: ';', decimal: ',', dateFormat: 'YYYY-MM-DD' });
    expect(s.map).toEqual({ date: 1, amount: 3, description: 2 });
    expect(s.columns).toEqual(['Column 1', 'Column 2', 'Column 3']);
  });

  it('an ambiguous day/month order is offered as alternatives', () => {
    const s = sniffCsv(utf8('Date,Amount\n01/02/2024,1.00\n03/04/2024,2.00\n'));
    expect(s.dateFormat).toBe('MM/DD/YYYY');
    expect(s.dateFormatAlternatives).toEqual(['DD/MM/YYYY']);
  });

  it('a Windows-1252 file, and the encoding asked for', () => {
    expect(sniffCsv(fixture('csv/de-windows1252.csv'))).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
    });
    expectRefused(
      () => sniffCsv(fixture('csv/de-windows1252.csv'), { encoding: 'utf-8' }),
      'unreadable',
      1,
      /UTF-8/,
    );
  });

  it('shows at most 20 rows of a long file', () => {
    const rows = ['date,amount'].concat(Array.from({ length: 500 }, (_, i) => `2024-01-01,${i}.00`));
    const s = sniffCsv(utf8(rows.join('\n')));
    expect(s.rows).toHaveLength(20);
    expect(s.rows[0]).toEqual({ line: 2, fields: ['2024-01-01', '0.00'] });
  });

  it('refuses what is not CSV', () => {
    expectRefused(() => sniffCsv(utf8('hello\nworld\n')), 'unreadable', undefined, /no field delimiter/);
  });
});
