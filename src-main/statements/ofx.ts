// OFX / QFX bank and credit card statements (STMTRS, CCSTMTRS), versions 1.x and 2.x.
import { parseStatementAmount } from './amounts';
import { isoDate } from './dates';
import { decodeStatement } from './decode';
import { invalid, unreadable } from './errors';
import { child, childrenNamed, findAll, readOfx, valueOf, type OfxNode } from './ofx-tree';
import { TextFields } from './text';
import type {
  BaseParseOptions,
  EncodingName,
  IsoDate,
  ParsedStatement,
  SourceRef,
  StatementAccount,
  StatementLine,
} from './types';
import type { Money } from '../../src-shared/money';

export function parseOfx(bytes: Uint8Array, options: BaseParseOptions): ParsedStatement {
  const { text, encoding } = decodeStatement(bytes, options.encoding);
  return parseOfxText(text, encoding, options);
}

interface Statement {
  node: OfxNode;
  path: string;
}

export function parseOfxText(
  text: string,
  encoding: EncodingName,
  options: BaseParseOptions,
): ParsedStatement {
  const doc = readOfx(text);
  const statements = collectStatements(doc.root);
  const notes: string[] = [];
  const currencies = new Set(statements.map((s) => valueOf(s.node, 'CURDEF')?.toUpperCase()).filter(Boolean));
  if (currencies.size > 1)
    throw invalid(`The file holds statements in several currencies (${[...currencies].join(', ')})`);
  const fileCurrency = [...currencies][0];
  const currency = fileCurrency ?? options.currency;
  const account = sameAccount(statements);
  const fields = new TextFields(notes);
  const lines: StatementLine[] = [];
  let closing: ParsedStatement['closingBalance'];
  for (const s of statements) {
    const list = child(s.node, 'BANKTRANLIST');
    childrenNamed(list, 'STMTTRN').forEach((t, i) => {
      lines.push(transaction(t, `${s.path}/BANKTRANLIST/STMTTRN[${i + 1}]`, currency, fields, notes));
    });
    const bal = child(s.node, 'LEDGERBAL');
    if (bal) {
      const where = { line: bal.line, element: `${s.path}/LEDGERBAL` };
      const amount = amountOf(required(bal, 'BALAMT', where), currency, {
        ...where,
        element: `${where.element}/BALAMT`,
      });
      const date = ofxDate(required(bal, 'DTASOF', where), { ...where, element: `${where.element}/DTASOF` });
      if (!closing || date >= closing.date) closing = { amount, date };
    }
  }
  return {
    format: 'ofx',
    ...(doc.version ? { formatVersion: doc.version } : {}),
    encoding,
    ...(account ? { account } : {}),
    ...(fileCurrency ? { currency: fileCurrency } : {}),
    ...(closing ? { closingBalance: closing } : {}),
    lines,
    notes,
  };
}

function collectStatements(ofx: OfxNode): Statement[] {
  const out: Statement[] = [];
  for (const [set, rs] of [
    ['BANKMSGSRSV1', 'STMTRS'],
    ['CREDITCARDMSGSRSV1', 'CCSTMTRS'],
  ] as const) {
    const sets = childrenNamed(ofx, set);
    sets.forEach((msgs) => {
      childrenNamed(msgs, rs === 'STMTRS' ? 'STMTTRNRS' : 'CCSTMTTRNRS').forEach((trn, i) => {
        const node = child(trn, rs);
        if (node) out.push({ node, path: `OFX/${set}/${trn.name}[${i + 1}]/${rs}` });
      });
    });
  }
  if (out.length) return out;
  const stray = [...findAll(ofx, 'STMTRS'), ...findAll(ofx, 'CCSTMTRS')];
  if (stray.length) return stray.map((node) => ({ node, path: node.name }));
  const status = findAll(ofx, 'STATUS').find(
    (s) => valueOf(s, 'CODE') !== undefined && valueOf(s, 'CODE') !== '0',
  );
  if (status) {
    throw unreadable(
      `The bank's file reports an error instead of a statement: ${valueOf(status, 'MESSAGE') ?? `code ${valueOf(status, 'CODE')}`}`,
      {
        line: status.line,
      },
    );
  }
  if (findAll(ofx, 'INVSTMTRS').length)
    throw unreadable('This is an investment statement: only bank and credit card statements can be imported');
  throw unreadable('The OFX file holds no bank or credit card statement (STMTRS or CCSTMTRS)');
}

function sameAccount(statements: Statement[]): StatementAccount | undefined {
  const accounts = statements.map((s) => {
    const from = child(s.node, 'BANKACCTFROM') ?? child(s.node, 'CCACCTFROM');
    const a: StatementAccount = {};
    const id = valueOf(from, 'ACCTID');
    const bank = valueOf(from, 'BANKID');
    if (id) a.accountNumber = id;
    if (bank) a.bankId = bank;
    return a;
  });
  const ids = new Set(accounts.map((a) => a.accountNumber).filter(Boolean));
  if (ids.size > 1)
    throw invalid(
      `The file holds statements for ${ids.size} accounts (${[...ids].join(', ')}): import one account at a time`,
    );
  return accounts.find((a) => a.accountNumber) ?? accounts.find((a) => Object.keys(a).length);
}

function transaction(
  t: OfxNode,
  path: string,
  currency: string,
  fields: TextFields,
  notes: string[],
): StatementLine {
  const where: SourceRef = { line: t.line, element: path };
  const at = (name: string): SourceRef => ({
    line: child(t, name)?.line ?? t.line,
    element: `${path}/${name}`,
  });
  const cursym = valueOf(t, 'CURRENCY', 'CURSYM')?.toUpperCase();
  if (cursym && cursym !== currency) {
    throw invalid(
      `This transaction is in ${cursym}, the statement in ${currency}: convert it at the bank`,
      where,
    );
  }
  const bookingDate = ofxDate(required(t, 'DTPOSTED', where), at('DTPOSTED'));
  // DTAVAIL is OFX's value date; DTUSER when the user made it (a card purchase), which is the
  // date a movement typed by hand carries. Either beats the posting date.
  const avail = valueOf(t, 'DTAVAIL');
  const user = valueOf(t, 'DTUSER');
  const valueDate = avail ? ofxDate(avail, at('DTAVAIL')) : user ? ofxDate(user, at('DTUSER')) : bookingDate;
  const line: StatementLine = {
    source: where,
    bookingDate,
    valueDate,
    amount: amountOf(required(t, 'TRNAMT', where), currency, at('TRNAMT')),
  };
  const payee = fields.text(
    valueOf(t, 'NAME') ?? valueOf(t, 'PAYEE', 'NAME') ?? valueOf(t, 'EXTDNAME') ?? valueOf(t, 'PAYEE'),
    'payee',
    t.line,
  );
  const description = fields.text(valueOf(t, 'MEMO'), 'memo', t.line);
  const bankRef = fields.ref(valueOf(t, 'FITID'), 'FITID', at('FITID'));
  const checkNumber = fields.ref(valueOf(t, 'CHECKNUM'), 'check number', at('CHECKNUM'));
  if (payee !== undefined) line.payee = payee;
  if (description !== undefined) line.description = description;
  if (bankRef !== undefined) line.bankRef = bankRef;
  if (checkNumber !== undefined) line.checkNumber = checkNumber;
  const correction = valueOf(t, 'CORRECTACTION');
  if (correction) {
    notes.push(
      `Line ${t.line}: the bank marks this as a ${correction} of transaction ${valueOf(t, 'CORRECTFITID') ?? '?'}; check it`,
    );
  }
  return line;
}

function required(n: OfxNode, name: string, where: SourceRef): string {
  const v = valueOf(n, name);
  if (v === undefined) throw invalid(`<${n.name}> has no ${name}`, where);
  return v;
}

/** OFX writes a decimal point; some European banks write a comma, accepted when it is the only separator. */
function amountOf(text: string, currency: string, where: SourceRef): Money {
  const decimal = !text.includes('.') && text.includes(',') ? ',' : '.';
  return parseStatementAmount(text, currency, { decimal, grouping: false }, where).money;
}

const OFX_DATE =
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(?:\.\d{1,3})?)?)?\s*(?:\[\s*[+-]?\d{1,2}(?:[.:]\d{1,2})?\s*(?::\s*[A-Za-z]{1,8}\s*)?\])?$/;

/** YYYYMMDD[HHMMSS[.XXX]][[+-]H[.MM]:TZ]: the calendar date as written, the zone not applied. */
export function ofxDate(text: string, where: SourceRef): IsoDate {
  const m = OFX_DATE.exec(text.trim());
  const d = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const timeOk =
    !m ||
    ((m[4] === undefined || Number(m[4]) < 24) &&
      (m[5] === undefined || Number(m[5]) < 60) &&
      (m[6] === undefined || Number(m[6]) <= 60));
  if (!d || !timeOk)
    throw invalid(`"${text.slice(0, 40)}" is not an OFX date (YYYYMMDD, optionally a time and zone)`, where);
  return d;
}
