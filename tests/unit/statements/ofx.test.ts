import { describe, expect, it } from 'vitest';
import { ofxDate, parseOfx } from '../../../src-main/statements/ofx';
import { expectRefused, fixture, utf8 } from './helpers';

const BANK = 'OFX/BANKMSGSRSV1/STMTTRNRS[1]/STMTRS/BANKTRANLIST/STMTTRN';
const CARD = 'OFX/CREDITCARDMSGSRSV1/CCSTMTTRNRS[1]/CCSTMTRS/BANKTRANLIST/STMTTRN';
const usd = (minor: number) => ({ minor, currency: 'USD' });

describe('parseOfx on real files', () => {
  it('reads the OFX 1.02 sample (Actual Budget) exactly: NAME/MEMO variants, FITID, LEDGERBAL', () => {
    const s = parseOfx(fixture('samples/ofx/data-payee-memo.ofx'), { currency: 'EUR' });
    const at = (line: number, n: number) => ({ line, element: `${BANK}[${n}]` });
    const day = { bookingDate: '2019-01-23', valueDate: '2019-01-23' };
    expect(s).toEqual({
      format: 'ofx',
      formatVersion: '102',
      encoding: 'utf-8',
      account: { accountNumber: '123456789123', bankId: '012345678' },
      currency: 'USD',
      closingBalance: { amount: usd(100000), date: '2019-01-24' },
      lines: [
        {
          source: at(39, 1),
          ...day,
          amount: usd(-1000),
          payee: 'Payee Name',
          description: 'Memo Text',
          bankRef: 'test-name-and-memo',
        },
        {
          source: at(47, 2),
          ...day,
          amount: usd(-2000),
          payee: 'Payee Name Only',
          bankRef: 'test-name-only',
        },
        {
          source: at(54, 3),
          ...day,
          amount: usd(-3000),
          description: 'Memo Only Text',
          bankRef: 'test-memo-only',
        },
        { source: at(61, 4), ...day, amount: usd(-4000), bankRef: 'test-neither' },
      ],
      notes: [],
    });
  });

  it('reads the OFX 2 credit card sample (ofxparse) with its unclosed leaf elements', () => {
    const s = parseOfx(fixture('samples/ofx/anzcc.ofx'), { currency: 'EUR' });
    expect(s).toEqual({
      format: 'ofx',
      formatVersion: '203',
      encoding: 'utf-8',
      account: { accountNumber: '1234123412341234' },
      currency: 'AUD',
      closingBalance: { amount: { minor: -12345, currency: 'AUD' }, date: '2017-05-10' },
      lines: [
        {
          source: { line: 29, element: `${CARD}[1]` },
          bookingDate: '2017-05-08',
          valueDate: '2017-05-08',
          amount: { minor: -550, currency: 'AUD' },
          description: 'SOME MEMO',
          bankRef: '201705080001',
        },
      ],
      notes: [],
    });
  });
});

describe('parseOfx on OFX 1 and 2 variants', () => {
  it('OFX 1.51 checking: time zones, DTUSER and DTAVAIL, CHECKNUM, PAYEE aggregate, EXTDNAME, entities', () => {
    const s = parseOfx(fixture('ofx/ofx1-checking.ofx'), { currency: 'EUR' });
    expect(s).toMatchObject({
      formatVersion: '151',
      account: { accountNumber: '0001234567', bankId: '121000248' },
      currency: 'USD',
      closingBalance: { amount: usd(325383), date: '2023-12-31' },
      notes: [],
    });
    expect(s.lines).toEqual([
      {
        source: { line: 39, element: `${BANK}[1]` },
        bookingDate: '2023-12-04',
        valueDate: '2023-12-04',
        amount: usd(-120000),
        payee: 'LANDLORD LLC',
        description: 'December rent',
        bankRef: '2023120401',
        checkNumber: '1042',
      },
      {
        source: { line: 48, element: `${BANK}[2]` },
        bookingDate: '2023-12-31',
        valueDate: '2023-12-29',
        amount: usd(-4567),
        payee: 'CORNER GROCERY',
        description: 'Groceries & more',
        bankRef: '2023123102',
      },
      {
        source: { line: 63, element: `${BANK}[3]` },
        bookingDate: '2023-12-15',
        valueDate: '2023-12-16',
        amount: usd(250000),
        payee: 'ACME PAYROLL',
        bankRef: '2023121503',
      },
      {
        source: { line: 72, element: `${BANK}[4]` },
        bookingDate: '2023-12-31',
        valueDate: '2023-12-31',
        amount: usd(-50),
        payee: 'Monthly maintenance fee',
        bankRef: '2023123104',
      },
    ]);
  });

  it('QFX credit card on few lines, with Intuit tags', () => {
    const s = parseOfx(fixture('ofx/qfx1-creditcard.qfx'), { currency: 'EUR' });
    expect(s).toMatchObject({
      formatVersion: '102',
      account: { accountNumber: '4111111111111111' },
      currency: 'USD',
      closingBalance: { amount: usd(-53210), date: '2024-01-31' },
    });
    expect(s.lines).toEqual([
      {
        source: { line: 15, element: `${CARD}[1]` },
        bookingDate: '2024-01-03',
        valueDate: '2024-01-02',
        amount: usd(-1599),
        payee: 'NETFLIX.COM',
        description: 'Subscription',
        bankRef: '320240103000001',
      },
      {
        source: { line: 16, element: `${CARD}[2]` },
        bookingDate: '2024-01-20',
        valueDate: '2024-01-20',
        amount: usd(25000),
        payee: 'PAYMENT - THANK YOU',
        bankRef: '320240120000002',
      },
      {
        source: { line: 17, element: `${CARD}[3]` },
        bookingDate: '2024-01-25',
        valueDate: '2024-01-25',
        amount: usd(-105),
        payee: 'AT&T',
        bankRef: '320240125000003',
      },
    ]);
  });

  it('OFX 2.2 XML: closed tags, character references, CDATA, a decimal comma', () => {
    const s = parseOfx(fixture('ofx/ofx2-bank.ofx'), { currency: 'USD' });
    const eur = (minor: number) => ({ minor, currency: 'EUR' });
    expect(s).toMatchObject({
      formatVersion: '220',
      account: { accountNumber: 'DE02300209000106531065', bankId: '30020900' },
      currency: 'EUR',
      closingBalance: { amount: eur(98010), date: '2024-02-29' },
    });
    expect(s.lines).toEqual([
      {
        source: { line: 25, element: `${BANK}[1]` },
        bookingDate: '2024-02-29',
        valueDate: '2024-02-29',
        amount: eur(-1990),
        payee: 'Fitness <Studio> München',
        description: 'Beitrag <Februar>',
        bankRef: 'EUR-0001',
      },
      {
        source: { line: 33, element: `${BANK}[2]` },
        bookingDate: '2024-02-15',
        valueDate: '2024-02-15',
        amount: eur(100000),
        payee: 'Sparplan Rückzahlung',
        bankRef: 'EUR-0002',
      },
    ]);
  });

  it('takes the account currency when the file has no CURDEF', () => {
    const ofx =
      '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<FITID>a</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    const s = parseOfx(utf8(ofx), { currency: 'JPY' });
    expect(s.currency).toBeUndefined();
    expect(s.lines[0]!.amount).toEqual({ minor: -1, currency: 'JPY' });
  });

  it('reads a PAYEE written as a leaf (some exporters), keeping the elements after it', () => {
    const ofx =
      '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<PAYEE>Corner Shop<MEMO>milk<FITID>f1</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    expect(parseOfx(utf8(ofx), { currency: 'USD' }).lines[0]).toMatchObject({
      payee: 'Corner Shop',
      description: 'milk',
      bankRef: 'f1',
    });
  });

  it('notes a correction the bank sends', () => {
    const ofx =
      '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<FITID>b<CORRECTFITID>a<CORRECTACTION>REPLACE</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    expect(parseOfx(utf8(ofx), { currency: 'USD' }).notes).toEqual([
      'Line 1: the bank marks this as a REPLACE of transaction a; check it',
    ]);
  });
});

describe('parseOfx refuses broken files', () => {
  it('a truncated file', () => {
    expectRefused(
      () => parseOfx(fixture('ofx/truncated.ofx'), { currency: 'USD' }),
      'unreadable',
      50,
      /ends before <OFX> \(opened on line 11\) is closed: it is truncated/,
    );
  });

  it('unclosed SGML aggregates', () => {
    expectRefused(
      () => parseOfx(fixture('ofx/unclosed-sgml.ofx'), { currency: 'USD' }),
      'unreadable',
      77,
      /ends before <OFX> .* is closed/,
    );
  });

  it('a tag cut in half', () => {
    const cut = fixture('ofx/ofx1-checking.ofx').toString().slice(0, -4);
    expectRefused(() => parseOfx(utf8(cut), { currency: 'USD' }), 'unreadable', 91, /never ends/);
  });

  it('a bad date and a bad amount, naming line and element', () => {
    const date = expectRefused(
      () => parseOfx(fixture('ofx/bad-date.ofx'), { currency: 'USD' }),
      'invalid',
      65,
      /"20231315" is not an OFX date/,
    );
    expect(date.where?.element).toBe(`${BANK}[3]/DTPOSTED`);
    const amount = expectRefused(
      () => parseOfx(fixture('ofx/bad-amount.ofx'), { currency: 'USD' }),
      'invalid',
      52,
      /"-45\.6x", which is not an amount/,
    );
    expect(amount.where?.element).toBe(`${BANK}[2]/TRNAMT`);
    expect(amount.message).toBe(
      `Line 52 (${BANK}[2]/TRNAMT): The amount is "-45.6x", which is not an amount; expected digits with an optional sign and decimal point`,
    );
  });

  it('a DOCTYPE (no external entity is ever read)', () => {
    expectRefused(
      () => parseOfx(fixture('ofx/doctype.ofx'), { currency: 'USD' }),
      'unreadable',
      undefined,
      /DOCTYPE/,
    );
  });

  it('no statement, an error status, an investment statement, several accounts, a missing amount', () => {
    const wrap = (body: string) => utf8(`OFXHEADER:100\nVERSION:102\n\n<OFX>${body}</OFX>`);
    expectRefused(
      () => parseOfx(wrap('<SIGNONMSGSRSV1></SIGNONMSGSRSV1>'), { currency: 'USD' }),
      'unreadable',
      undefined,
      /no bank or credit card statement/,
    );
    expectRefused(
      () =>
        parseOfx(
          wrap(
            '<SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>Signon invalid</STATUS></SONRS></SIGNONMSGSRSV1>',
          ),
          { currency: 'USD' },
        ),
      'unreadable',
      4,
      /reports an error instead of a statement: Signon invalid/,
    );
    expectRefused(
      () =>
        parseOfx(
          wrap('<INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>'),
          { currency: 'USD' },
        ),
      'unreadable',
      undefined,
      /investment statement/,
    );
    const stmt = (id: string) =>
      `<STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>${id}</BANKACCTFROM></STMTRS></STMTTRNRS>`;
    expectRefused(
      () => parseOfx(wrap(`<BANKMSGSRSV1>${stmt('1')}${stmt('2')}</BANKMSGSRSV1>`), { currency: 'USD' }),
      'invalid',
      undefined,
      /statements for 2 accounts \(1, 2\)/,
    );
    expect(
      parseOfx(wrap(`<BANKMSGSRSV1>${stmt('1')}${stmt('1')}</BANKMSGSRSV1>`), { currency: 'USD' }).account,
    ).toEqual({ accountNumber: '1' });
    expectRefused(
      () =>
        parseOfx(
          wrap(
            '<BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>\n<STMTTRN><DTPOSTED>20240101</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>',
          ),
          { currency: 'USD' },
        ),
      'invalid',
      5,
      /<STMTTRN> has no TRNAMT/,
    );
  });

  it('a transaction in another currency', () => {
    const ofx =
      '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<CURRENCY><CURRATE>1.1<CURSYM>EUR</CURRENCY></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    expectRefused(
      () => parseOfx(utf8(ofx), { currency: 'USD' }),
      'invalid',
      1,
      /in EUR, the statement in USD/,
    );
  });
});

describe('ofxDate', () => {
  const at = { line: 3, element: 'X' };
  it.each([
    ['20231231', '2023-12-31'],
    ['20231231120000', '2023-12-31'],
    ['20231231120000.000', '2023-12-31'],
    ['20231231120000.000[-5:EST]', '2023-12-31'],
    ['20231231235959[+5.30:IST]', '2023-12-31'],
    ['20190124212851.000[0:UTC]', '2019-01-24'],
    ['20240229', '2024-02-29'],
    ['202312312359', '2023-12-31'],
  ])('%s is %s (the date written, not moved to UTC)', (text, iso) => {
    expect(ofxDate(text, at)).toBe(iso);
  });

  it.each([
    '2023123',
    '20231301',
    '20230229',
    '20231231250000',
    '20231231126000',
    '2023-12-31',
    'yesterday',
    '20231231[abc',
  ])('refuses %s', (text) => {
    expectRefused(() => ofxDate(text, at), 'invalid', 3, /is not an OFX date/);
  });
});
