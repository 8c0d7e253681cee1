import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../../src-main/statements/csv';
import { DATE_FORMATS, type DateFormat } from '../../../src-main/statements/dates';
import { cleanText } from '../../../src-main/statements/text';
import { utf8 } from './helpers';

/** A minimal CSV writer, independent of the parser: quote when needed, double the quotes. */
function writeCsv(rows: string[][], delimiter: string): string {
  const field = (f: string) =>
    /["\n\r]/.test(f) || f.includes(delimiter) || f !== f.trim() ? `"${f.replace(/"/g, '""')}"` : f;
  return rows.map((r) => r.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

function writeDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return format.replace('YYYY', y).replace('YY', y.slice(2)).replace('MM', m).replace('DD', d);
}

function writeAmount(minor: number, decimal: ',' | '.', group: boolean): string {
  const digits = String(Math.abs(minor)).padStart(3, '0');
  let int = digits.slice(0, -2);
  if (group) int = int.replace(/\B(?=(\d{3})+$)/g, decimal === ',' ? '.' : ',');
  return `${minor < 0 ? '-' : ''}${int}${decimal}${digits.slice(-2)}`;
}

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', 'ü', '€', ' ', ',', ';', '|', '\t', '"', "'", '\n', '\r\n', '-', '1', '.'),
  maxLength: 30,
});
const day = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2069-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const statementLine = fc.record({
  date: day,
  minor: fc.integer({ min: -1e13, max: 1e13 }),
  payee: text,
  description: text,
});

describe('CSV round trip', () => {
  it('property: lines written by an independent serializer parse back to the same lines', () => {
    fc.assert(
      fc.property(
        fc.array(statementLine, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom<',' | '.'>(',', '.'),
        fc.boolean(),
        fc.constantFrom(...DATE_FORMATS),
        (lines, delimiter, decimal, group, dateFormat) => {
          const rows = [['Date', 'Amount', 'Payee', 'Memo']].concat(
            lines.map((l) => [
              writeDate(l.date, dateFormat),
              writeAmount(l.minor, decimal, group),
              l.payee,
              l.description,
            ]),
          );
          const s = parseCsv(utf8(writeCsv(rows, delimiter)), {
            currency: 'EUR',
            delimiter,
            decimal,
            dateFormat,
            map: { date: 'Date', amount: 'Amount', payee: 'Payee', description: 'Memo' },
          });
          expect(s.lines.map((l) => [l.bookingDate, l.amount.minor, l.payee, l.description])).toEqual(
            lines.map((l) => [
              l.date,
              l.minor === 0 ? 0 : l.minor,
              cleanText(l.payee).text,
              cleanText(l.description).text,
            ]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a 100,000-line statement completely', () => {
    const rows = ['Buchungstag;Betrag;Empfänger;Verwendungszweck'];
    for (let i = 1; i <= 100_000; i++) {
      rows.push(
        `${String((i % 28) + 1).padStart(2, '0')}.02.2024;-${i},${String(i % 100).padStart(2, '0')};"Payee ${i}";Purpose ${i}`,
      );
    }
    const s = parseCsv(utf8(rows.join('\n')), {
      currency: 'EUR',
      map: { date: 1, amount: 2, payee: 3, description: 4 },
    });
    expect(s.lines).toHaveLength(100_000);
    expect(s.lines[99_999]).toEqual({
      source: { line: 100_001 },
      bookingDate: '2024-02-13', // (100000 % 28) + 1
      valueDate: '2024-02-13',
      amount: { minor: -10_000_000, currency: 'EUR' },
      payee: 'Payee 100000',
      description: 'Purpose 100000',
    });
  });
});
