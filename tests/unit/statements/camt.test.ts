import { describe, expect, it } from 'vitest';
import { parseCamt } from '../../../src-main/statements/camt';
import { expectRefused, fixture, utf8 } from './helpers';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const STMT = 'Document/BkToCstmrStmt/Stmt[1]';

/** The file line of the n-th (1-based) line matching `pattern`: read off the file, not the parser. */
function lineOf(file: string, pattern: RegExp, n = 1): number {
  const lines = fixture(file).toString('utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (pattern.test(lines[i]!) && ++seen === n) return i + 1;
  throw new Error(`no ${pattern} #${n} in ${file}`);
}

describe('parseCamt on the real sample', () => {
  it('reads camt.053.001.04 (Actual Budget) exactly', () => {
    const f = 'samples/camt/camt.053.payee-memo.xml';
    const at = (n: number) => ({ line: lineOf(f, /<Ntry>/, n), element: `${STMT}/Ntry[${n}]` });
    const day = { bookingDate: '2019-01-23', valueDate: '2019-01-23' };
    expect(parseCamt(fixture(f), { currency: 'USD' })).toEqual({
      format: 'camt',
      formatVersion: '001.04',
      encoding: 'utf-8',
      account: { iban: 'DE14740618130000033626' },
      currency: 'EUR',
      lines: [
        {
          source: at(1),
          ...day,
          amount: eur(-1000),
          payee: 'Payee Name',
          description: 'Note Text',
          bankRef: 'test-payee-and-notes',
        },
        { source: at(2), ...day, amount: eur(-2000), payee: 'Payee Name Only', bankRef: 'test-payee-only' },
        {
          source: at(3),
          ...day,
          amount: eur(-3000),
          description: 'Note Only Text',
          bankRef: 'test-notes-only',
        },
        { source: at(4), ...day, amount: eur(-4000), bankRef: 'test-neither' },
      ],
      notes: [],
    });
    expect(at(1).line).toBe(23);
  });
});

describe.each(['02', '03', '04', '05', '06', '07', '08'])('parseCamt on camt.053.001.%s', (v) => {
  const f = `camt/camt053-v${v}.xml`;
  const ntry = (n: number) => ({ line: lineOf(f, /<Ntry>/, n), element: `${STMT}/Ntry[${n}]` });
  const tx = (k: number) => ({
    line: lineOf(f, /<TxDtls>/, 2 + k),
    element: `${STMT}/Ntry[3]/NtryDtls[1]/TxDtls[${k}]`,
  });
  const batchDay = { bookingDate: '2024-03-15', valueDate: '2024-03-15' };

  it('reads the statement: account, closing booked balance, every entry with its sign, dates, payee, text, reference', () => {
    const s = parseCamt(fixture(f), { currency: 'USD' });
    expect(s).toMatchObject({
      format: 'camt',
      formatVersion: `001.${v}`,
      account: { iban: 'DE89370400440532013000', bankId: 'COBADEFFXXX' },
      currency: 'EUR',
      closingBalance: { amount: eur(390565), date: '2024-03-31' },
      notes: ['1 pending or informational entry was left out (not booked)'],
    });
    expect(s.lines).toEqual([
      {
        source: ntry(1),
        bookingDate: '2024-03-01',
        valueDate: '2024-03-01',
        amount: eur(-4250),
        payee: 'REWE Markt GmbH',
        description: 'Kartenzahlung 01.03. REWE SAGT DANKE',
        bankRef: '2024030100001',
      },
      {
        source: ntry(2),
        bookingDate: '2024-03-28',
        valueDate: '2024-03-29',
        amount: eur(321055),
        payee: 'Arbeitgeber AG',
        description: 'Gehalt März & Bonus',
        bankRef: 'NREF-2',
      },
      {
        source: tx(1),
        ...batchDay,
        amount: eur(-10000),
        payee: 'Stadtwerke',
        description: 'Strom Maerz',
        bankRef: 'BATCH-3-A',
      },
      {
        source: tx(2),
        ...batchDay,
        amount: eur(-15000),
        payee: 'Telekom',
        description: 'RF18539007547034',
        bankRef: 'TX-B',
      },
      {
        source: tx(3),
        ...batchDay,
        amount: eur(-5000),
        payee: 'Rundfunk',
        description: 'Beitrag Q1',
        bankRef: 'BATCH-3/3',
      },
      {
        source: ntry(4),
        bookingDate: '2024-03-05',
        valueDate: '2024-03-04',
        amount: eur(4250),
        payee: 'REWE Markt GmbH',
        description: 'Storno Kartenzahlung 01.03.',
        bankRef: '2024030500004',
        reversal: true,
      },
      {
        source: ntry(6),
        bookingDate: '2024-03-31',
        valueDate: '2024-03-31',
        amount: eur(-490),
        description: 'Kontofuehrungsentgelt',
        bankRef: 'FEE-6',
      },
    ]);
    // The movements add up to the bank's closing balance from the previous one (1000.00).
    expect(100000 + s.lines.reduce((n, l) => n + l.amount.minor, 0)).toBe(s.closingBalance!.amount.minor);
  });
});

describe('parseCamt variants', () => {
  it('keeps a batch whose transactions have no amounts as one movement, and says so', () => {
    const f = 'camt/batch-without-amounts.xml';
    const s = parseCamt(fixture(f), { currency: 'EUR' });
    const batch = s.lines.find((l) => l.bankRef === 'BATCH-3');
    expect(batch).toEqual({
      source: { line: lineOf(f, /<Ntry>/, 3), element: `${STMT}/Ntry[3]` },
      bookingDate: '2024-03-15',
      valueDate: '2024-03-15',
      amount: eur(-30000),
      bankRef: 'BATCH-3',
    });
    expect(s.lines).toHaveLength(5);
    expect(s.notes).toContain(
      `Line ${lineOf(f, /<Ntry>/, 3)}: a batch of 3 transactions without amounts that add up to the entry was imported as one movement`,
    );
  });

  it('reads namespace prefixes (camt:Document)', () => {
    const plain = parseCamt(fixture('camt/camt053-v04.xml'), { currency: 'EUR' });
    const prefixed = parseCamt(fixture('camt/prefixed-namespace.xml'), { currency: 'EUR' });
    expect(prefixed.lines).toEqual(plain.lines);
    expect(prefixed.closingBalance).toEqual(plain.closingBalance);
  });

  const doc = (stmts: string) =>
    utf8(
      `<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>${stmts}</BkToCstmrStmt></Document>\n`,
    );
  const stmt = (iban: string, day: string, bal: string, entries = '') =>
    `<Stmt><Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct><Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${bal}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>${day}</Dt></Dt></Bal>${entries}</Stmt>`;
  const entry = (inner: string) => `<Ntry>${inner}</Ntry>`;

  it('merges daily statements of one account; the latest closing balance wins (a debit balance is negative)', () => {
    const e = entry('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2024-01-02</Dt></ValDt>');
    const s = parseCamt(
      doc(
        stmt('DE89 3704 0044 0532 0130 00', '2024-01-02', '5.00', e) +
          stmt('DE89370400440532013000', '2024-01-01', '6.00', e),
      ),
      { currency: 'EUR' },
    );
    expect(s.account).toEqual({ iban: 'DE89370400440532013000' });
    expect(s.closingBalance).toEqual({ amount: eur(-500), date: '2024-01-02' });
    expect(s.lines.map((l) => [l.source.element, l.bookingDate, l.amount.minor])).toEqual([
      ['Document/BkToCstmrStmt/Stmt[1]/Ntry[1]', '2024-01-02', 100],
      ['Document/BkToCstmrStmt/Stmt[2]/Ntry[1]', '2024-01-02', 100],
    ]);
  });

  it('refuses statements of two accounts, and bad entries, naming line and element', () => {
    expectRefused(
      () =>
        parseCamt(doc(stmt('DE1', '2024-01-01', '1') + stmt('DE2', '2024-01-01', '1')), { currency: 'EUR' }),
      'invalid',
      2,
      /several accounts \(DE1, DE2\)/,
    );
    const bad = (inner: string) => () =>
      parseCamt(doc(stmt('DE1', '2024-01-01', '1', entry(inner))), { currency: 'EUR' });
    const e = expectRefused(
      bad('<Amt Ccy="EUR">1.00</Amt><BookgDt><Dt>2024-01-01</Dt></BookgDt>'),
      'invalid',
      2,
      /CdtDbtInd\) is ""; it must be CRDT or DBIT/,
    );
    expect(e.where?.element).toBe(`${STMT}/Ntry[1]/Amt`);
    expectRefused(
      bad('<Amt Ccy="EUR">-1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt>'),
      'invalid',
      2,
      /has a sign/,
    );
    expectRefused(
      bad('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>'),
      'invalid',
      2,
      /neither a booking date/,
    );
    expectRefused(
      bad(
        '<Amt Ccy="EUR">90071992547409.92</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt>',
      ),
      'invalid',
      2,
      /larger than the ledger can hold/,
    );
  });
});

describe('parseCamt refuses broken files', () => {
  it('a truncated file', () => {
    const f = 'camt/truncated.xml';
    const last = fixture(f).toString('utf8').trimEnd().split('\n').length;
    expectRefused(
      () => parseCamt(fixture(f), { currency: 'EUR' }),
      'unreadable',
      last,
      /ends before the <Document> element is closed: it is truncated/,
    );
  });

  it('a bad amount, a bad date, another currency', () => {
    const amount = expectRefused(
      () => parseCamt(fixture('camt/bad-amount.xml'), { currency: 'EUR' }),
      'invalid',
      lineOf('camt/bad-amount.xml', /3210,55/),
      /"3210,55", which is not an amount/,
    );
    expect(amount.where?.element).toBe(`${STMT}/Ntry[2]/Amt`);
    const date = expectRefused(
      () => parseCamt(fixture('camt/bad-date.xml'), { currency: 'EUR' }),
      'invalid',
      lineOf('camt/bad-date.xml', /2024-02-30/),
      /"2024-02-30" is not a date/,
    );
    expect(date.where?.element).toBe(`${STMT}/Ntry[3]/BookgDt`);
    expectRefused(
      () => parseCamt(fixture('camt/other-currency.xml'), { currency: 'EUR' }),
      'invalid',
      lineOf('camt/other-currency.xml', /Ccy="USD"/),
      /in USD, the statement in EUR/,
    );
  });

  it('other ISO 20022 messages and versions', () => {
    expectRefused(
      () => parseCamt(fixture('camt/camt054.xml'), { currency: 'EUR' }),
      'unreadable',
      undefined,
      /camt\.054 \(a debit\/credit notification\), not a camt\.053/,
    );
    expectRefused(
      () => parseCamt(fixture('camt/unsupported-v10.xml'), { currency: 'EUR' }),
      'unreadable',
      undefined,
      /camt\.053\.001\.10 is not a supported version/,
    );
    expectRefused(
      () => parseCamt(utf8('<?xml version="1.0"?><Other/>'), { currency: 'EUR' }),
      'unreadable',
      undefined,
      /not a CAMT\.053 statement/,
    );
  });

  it('malformed XML', () => {
    expectRefused(
      () => parseCamt(utf8('<Document>\n<A>\n</B>\n</Document>'), { currency: 'EUR' }),
      'unreadable',
      3,
      /The XML is malformed/,
    );
  });
});
