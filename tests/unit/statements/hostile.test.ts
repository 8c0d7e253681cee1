// Files built to hurt: entity expansion, enormous fields, garbage, amounts beyond safe integers.
import { describe, expect, it } from 'vitest';
import { parseCamt } from '../../../src-main/statements/camt';
import { parseCsv } from '../../../src-main/statements/csv';
import { parseOfx } from '../../../src-main/statements/ofx';
import { parseQif } from '../../../src-main/statements/qif';
import { parseStatement } from '../../../src-main/statements';
import { MAX_TEXT_LENGTH } from '../../../src-main/statements/text';
import { expectRefused, fixture, utf8 } from './helpers';

const camt = (entries: string) =>
  utf8(
    `<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE1</IBAN></Id><Ccy>EUR</Ccy></Acct>\n${entries}\n</Stmt></BkToCstmrStmt></Document>\n`,
  );
const ofx = (trn: string) =>
  utf8(
    `OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>\n<STMTTRN>${trn}</STMTTRN>\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`,
  );

describe('XML entity attacks are refused before parsing', () => {
  it.each([
    ['camt/xxe.xml', 'CAMT external entity'],
    ['camt/billion-laughs.xml', 'CAMT billion laughs'],
    ['ofx/doctype.ofx', 'OFX 2 external entity'],
  ])('%s (%s)', (file) => {
    const err = expectRefused(
      () => parseStatement(fixture(file), { currency: 'EUR' }),
      'unreadable',
      undefined,
      /DOCTYPE or entities.*refused for safety/,
    );
    expect(err.message).not.toMatch(/root:|lol{3}/);
  });

  it('an undeclared entity stays text; only the predefined ones and character references are decoded', () => {
    const s = parseCamt(
      camt(
        '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt><AddtlNtryInf>A &amp;amp; B &#x41; &#0; &#xD800;</AddtlNtryInf></Ntry>',
      ),
      {
        currency: 'EUR',
      },
    );
    expect(s.lines[0]!.description).toBe('A &amp; B A &#0; &#xD800;');
  });

  it('deep nesting', () => {
    const deep = camt('<X>'.repeat(5000) + '</X>'.repeat(5000));
    expectRefused(() => parseCamt(deep, { currency: 'EUR' }), 'unreadable', undefined, /nested tags/);
    const deepOfx = utf8(`<OFX>${'<STMTTRN>'.repeat(5000)}${'</STMTTRN>'.repeat(5000)}</OFX>`);
    expectRefused(() => parseOfx(deepOfx, { currency: 'USD' }), 'unreadable', 1, /nest more than 100 deep/);
  });
});

describe('the field-length rule', () => {
  const long = 'x'.repeat(5000);
  const cut = `${'x'.repeat(MAX_TEXT_LENGTH - 1)}…`;

  it('cuts payee and description to 500 characters, with a note naming the line, in every format', () => {
    const csv = parseCsv(utf8(`date,amount,payee,memo\n2024-01-01,1,${long},${long}\n`), {
      currency: 'EUR',
      map: { date: 1, amount: 2, payee: 3, description: 4 },
    });
    expect(csv.lines[0]).toMatchObject({ payee: cut, description: cut });
    expect(csv.notes).toEqual([
      'Line 2: the payee was cut to 500 characters',
      'Line 2: the description was cut to 500 characters',
    ]);
    const o = parseOfx(ofx(`<DTPOSTED>20240101<TRNAMT>1<NAME>${long}<MEMO>${long}`), { currency: 'USD' });
    expect(o.lines[0]).toMatchObject({ payee: cut, description: cut });
    expect(o.notes).toHaveLength(2);
    const q = parseQif(utf8(`!Type:Bank\nD01/02/2024\nT1\nP${long}\nL${long}\n^\n`), { currency: 'USD' });
    expect(q.lines[0]).toMatchObject({ payee: cut, category: cut });
    const c = parseCamt(
      camt(
        `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt><AddtlNtryInf>${long}</AddtlNtryInf></Ntry>`,
      ),
      { currency: 'EUR' },
    );
    expect(c.lines[0]!.description).toBe(cut);
    expect(c.notes).toEqual(['Line 3: the description was cut to 500 characters']);
  });

  it('never cuts a character in half', () => {
    const emoji = '😀'.repeat(600);
    const s = parseCsv(utf8(`date,amount,payee\n2024-01-01,1,${emoji}\n`), {
      currency: 'EUR',
      map: { date: 1, amount: 2, payee: 3 },
    });
    expect(Array.from(s.lines[0]!.payee!)).toHaveLength(MAX_TEXT_LENGTH);
    expect(s.lines[0]!.payee).toBe(`${'😀'.repeat(MAX_TEXT_LENGTH - 1)}…`);
  });

  it('refuses a bank reference longer than 200 characters (an identity is never cut)', () => {
    expectRefused(
      () => parseOfx(ofx(`<DTPOSTED>20240101<TRNAMT>1<FITID>${'f'.repeat(201)}`), { currency: 'USD' }),
      'invalid',
      4,
      /FITID is longer than 200 characters/,
    );
    expectRefused(
      () =>
        parseCamt(
          camt(
            `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt><AcctSvcrRef>${'r'.repeat(201)}</AcctSvcrRef></Ntry>`,
          ),
          { currency: 'EUR' },
        ),
      'invalid',
      3,
      /entry reference is longer than 200 characters/,
    );
  });
});

describe('amounts beyond safe integers are refused with the line, in every format', () => {
  const huge = '90071992547409.92';
  it('OFX, QIF, CAMT (CSV: see csv.test.ts)', () => {
    expectRefused(
      () => parseOfx(ofx(`<DTPOSTED>20240101<TRNAMT>${huge}`), { currency: 'USD' }),
      'invalid',
      4,
      /larger than the ledger can hold/,
    );
    expectRefused(
      () => parseQif(utf8(`!Type:Bank\nD01/02/2024\nT${huge}\n^\n`), { currency: 'USD' }),
      'invalid',
      3,
      /larger than the ledger can hold/,
    );
    expectRefused(
      () =>
        parseCamt(
          camt(
            `<Ntry><Amt Ccy="EUR">${huge}</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt></Ntry>`,
          ),
          { currency: 'EUR' },
        ),
      'invalid',
      3,
      /larger than the ledger can hold/,
    );
    expectRefused(
      () =>
        parseQif(utf8(`!Type:Bank\nD01/02/2024\nS1\n$90071992547409.91\nS2\n$90071992547409.91\n^\n`), {
          currency: 'USD',
        }),
      'invalid',
      2,
      /add up to more than the ledger can hold/,
    );
  });
});

describe('garbage', () => {
  const garbage = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 2654435761) >>> 24);
  it.each(['csv', 'ofx', 'qif', 'camt', 'auto'] as const)(
    'random bytes as %s: unreadable, never a crash',
    (format) => {
      let caught: unknown;
      try {
        parseStatement(garbage, { currency: 'EUR', format, csv: { map: { date: 1, amount: 2 } } });
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({ name: 'StatementError', kind: 'unreadable', code: 'io' });
    },
  );

  it('text cut at every point of a real OFX or CAMT file is refused or parses, never a crash', () => {
    for (const file of ['samples/ofx/data-payee-memo.ofx', 'camt/camt053-v04.xml']) {
      const bytes = fixture(file);
      for (let n = 1; n < bytes.length; n += 97) {
        try {
          parseStatement(bytes.subarray(0, n), { currency: 'EUR' });
        } catch (e) {
          expect((e as Error).name).toBe('StatementError');
        }
      }
    }
  });
});
