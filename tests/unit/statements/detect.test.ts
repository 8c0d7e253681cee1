import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src-main/statements/detect';
import { parseStatement } from '../../../src-main/statements';
import { expectRefused, fixture, utf8 } from './helpers';

describe('detectFormat', () => {
  it.each([
    ['samples/csv/data-payee-memo.csv', 'csv'],
    ['csv/de-giro-preamble.csv', 'csv'],
    ['csv/de-windows1252.csv', 'csv'],
    ['samples/ofx/anzcc.ofx', 'ofx'],
    ['samples/ofx/data-payee-memo.ofx', 'ofx'],
    ['ofx/ofx2-bank.ofx', 'ofx'],
    ['ofx/qfx1-creditcard.qfx', 'ofx'],
    ['samples/qif/data-with-categories.qif', 'qif'],
    ['qif/with-account-list.qif', 'qif'],
    ['samples/camt/camt.053.payee-memo.xml', 'camt'],
    ['camt/camt053-v02.xml', 'camt'],
    ['camt/camt053-v08.xml', 'camt'],
    ['camt/prefixed-namespace.xml', 'camt'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(fixture(file), file)).toBe(format);
  });

  it('detects UTF-16 files too', () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(fixture('samples/qif/data-with-categories.qif').toString(), 'utf16le'),
    ]);
    expect(detectFormat(le)).toBe('qif');
  });

  it('uses the file name only to break a tie', () => {
    expect(detectFormat(utf8('D01/02/2024\nT1\n^\n'), 'old.QIF')).toBe('qif');
    expect(detectFormat(fixture('samples/csv/data-payee-memo.csv'), 'statement.ofx')).toBe('csv');
  });

  it('refuses what it does not know', () => {
    expectRefused(
      () => detectFormat(utf8('Dear customer,\nthank you\n')),
      'unreadable',
      undefined,
      /Unknown format/,
    );
    expectRefused(
      () => detectFormat(utf8('<html><body>Login</body></html>')),
      'unreadable',
      undefined,
      /XML or HTML file, but not/,
    );
    expectRefused(() => detectFormat(fixture('camt/camt054.xml')), 'unreadable', undefined, /camt\.054/);
    expectRefused(() => detectFormat(utf8('  \n\n')), 'unreadable', undefined, /empty/);
    expectRefused(
      () => detectFormat(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])),
      'unreadable',
      1,
      /not a text file/,
    );
  });
});

describe('parseStatement', () => {
  it('detects and parses each format', () => {
    expect(parseStatement(fixture('samples/ofx/anzcc.ofx'), { currency: 'AUD' }).format).toBe('ofx');
    expect(
      parseStatement(fixture('samples/camt/camt.053.payee-memo.xml'), { currency: 'EUR' }).lines,
    ).toHaveLength(4);
    expect(
      parseStatement(fixture('qif/ccard-ambiguous.qif'), { currency: 'USD', qif: { dateOrder: 'DMY' } })
        .lines[0]!.bookingDate,
    ).toBe('2024-03-02');
    const csv = parseStatement(fixture('samples/csv/data-payee-memo.csv'), {
      currency: 'USD',
      csv: { map: { date: 1, amount: 2 } },
    });
    expect(csv.lines.map((l) => l.amount.minor)).toEqual([-1000, -2000, -3000, -4000]);
  });

  it('parses in the format asked for, refusing a file that is not in it', () => {
    expectRefused(
      () =>
        parseStatement(fixture('samples/qif/data-with-categories.qif'), { currency: 'USD', format: 'ofx' }),
      'unreadable',
      undefined,
      /not an OFX file/,
    );
    expectRefused(
      () => parseStatement(fixture('samples/csv/data-payee-memo.csv'), { currency: 'USD', format: 'camt' }),
      'unreadable',
      1,
      /not an XML document/,
    );
    expectRefused(
      () => parseStatement(fixture('samples/csv/data-payee-memo.csv'), { currency: 'USD' }),
      'invalid',
      undefined,
      /needs a column mapping/,
    );
  });
});
