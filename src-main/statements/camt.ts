// CAMT.053 (ISO 20022 bank-to-customer statement), message versions .001.02 to .001.08.
// Amounts are unsigned with CdtDbtInd (CRDT in, DBIT out); a reversal (RvslInd) is already booked
// in its own direction, so only the counterparty side flips. A batch entry (several TxDtls) becomes
// one line per transaction when every transaction has an amount and they add up to the entry;
// otherwise it stays one line, so the movements always sum to what the bank booked.
import { camtDate, signedAmount, type Ctx } from './camt-values';
import { entryLines } from './camt-entry';
import { decodeStatement } from './decode';
import { invalid, unreadable } from './errors';
import { TextFields } from './text';
import type {
  BaseParseOptions,
  EncodingName,
  ParsedStatement,
  StatementAccount,
  StatementLine,
} from './types';
import { at, attr, kid, kids, readXml, text, type XmlDocument, type XmlElement } from './xml';

const NAMESPACE = /urn:iso:std:iso:20022:tech:xsd:camt\.(\d{3})\.(\d{3}\.\d{2})/;
const SUPPORTED = new Set(['001.02', '001.03', '001.04', '001.05', '001.06', '001.07', '001.08']);

export function parseCamt(bytes: Uint8Array, options: BaseParseOptions): ParsedStatement {
  const { text: xml, encoding } = decodeStatement(bytes, options.encoding);
  return parseCamtText(xml, encoding, options);
}

/** The message version ('001.04'), refusing other ISO 20022 messages and unsupported versions. */
export function camtVersion(xml: string): string | undefined {
  const ns = NAMESPACE.exec(xml.slice(0, 8192));
  if (!ns) return undefined;
  if (ns[1] !== '053') {
    const what =
      ns[1] === '052'
        ? 'an intraday account report'
        : ns[1] === '054'
          ? 'a debit/credit notification'
          : 'another message';
    throw unreadable(`This is camt.${ns[1]} (${what}), not a camt.053 bank statement`);
  }
  if (!SUPPORTED.has(ns[2]!))
    throw unreadable(`camt.053.${ns[2]} is not a supported version (001.02 to 001.08 are)`);
  return ns[2];
}

export function parseCamtText(
  xml: string,
  encoding: EncodingName,
  options: BaseParseOptions,
): ParsedStatement {
  const version = camtVersion(xml);
  const doc = readXml(xml);
  const stmts = kids(at(doc.root, 'Document', 'BkToCstmrStmt'), 'Stmt');
  if (!kid(doc.root, 'Document') || !at(doc.root, 'Document', 'BkToCstmrStmt')) {
    throw unreadable('This XML is not a CAMT.053 statement: it has no Document/BkToCstmrStmt');
  }
  const account = sameAccount(stmts, doc);
  const fileCurrency = statementCurrency(stmts, doc);
  const notes: string[] = [];
  const ctx: Ctx = { doc, currency: fileCurrency ?? options.currency, fields: new TextFields(notes), notes };
  const lines: StatementLine[] = [];
  let closing: ParsedStatement['closingBalance'];
  let pending = 0;
  stmts.forEach((stmt, s) => {
    const path = `Document/BkToCstmrStmt/Stmt[${s + 1}]`;
    kids(stmt, 'Bal').forEach((bal, b) => {
      if (text(bal, 'Tp', 'CdOrPrtry', 'Cd') !== 'CLBD') return;
      const where = { line: doc.lineOf(bal), element: `${path}/Bal[${b + 1}]` };
      const amount = signedAmount(
        kid(bal, 'Amt'),
        text(bal, 'CdtDbtInd'),
        { ...where, element: `${where.element}/Amt` },
        ctx,
      );
      const date = camtDate(kid(bal, 'Dt'), where, ctx);
      if (!date) throw invalid('The closing balance has no date', where);
      if (!closing || date >= closing.date) closing = { amount, date };
    });
    kids(stmt, 'Ntry').forEach((ntry, n) => {
      const status = text(ntry, 'Sts') ?? text(ntry, 'Sts', 'Cd');
      if (status !== undefined && status !== 'BOOK') {
        pending++;
        return;
      }
      lines.push(...entryLines(ntry, `${path}/Ntry[${n + 1}]`, ctx));
    });
  });
  if (pending)
    notes.push(
      `${pending} pending or informational ${pending === 1 ? 'entry was' : 'entries were'} left out (not booked)`,
    );
  return {
    format: 'camt',
    ...(version ? { formatVersion: version } : {}),
    encoding,
    ...(account ? { account } : {}),
    ...(fileCurrency ? { currency: fileCurrency } : {}),
    ...(closing ? { closingBalance: closing } : {}),
    lines,
    notes,
  };
}

function sameAccount(stmts: XmlElement[], doc: XmlDocument): StatementAccount | undefined {
  let found: StatementAccount | undefined;
  stmts.forEach((stmt, s) => {
    const acct = kid(stmt, 'Acct');
    const a: StatementAccount = {};
    const iban = text(acct, 'Id', 'IBAN');
    const other = text(acct, 'Id', 'Othr', 'Id');
    const bic = text(acct, 'Svcr', 'FinInstnId', 'BIC') ?? text(acct, 'Svcr', 'FinInstnId', 'BICFI');
    if (iban) a.iban = iban.replace(/\s+/g, '');
    if (other) a.accountNumber = other;
    if (bic) a.bankId = bic;
    const key = (x: StatementAccount) => x.iban ?? x.accountNumber;
    if (found && key(found) && key(a) && key(found) !== key(a)) {
      throw invalid(
        `The file holds statements for several accounts (${key(found)}, ${key(a)}): import one account at a time`,
        {
          line: doc.lineOf(acct),
          element: `Document/BkToCstmrStmt/Stmt[${s + 1}]/Acct`,
        },
      );
    }
    if (!found || (!key(found) && key(a))) found = a;
  });
  return found && Object.keys(found).length ? found : undefined;
}

function statementCurrency(stmts: XmlElement[], doc: XmlDocument): string | undefined {
  let found: string | undefined;
  stmts.forEach((stmt, s) => {
    const c =
      text(stmt, 'Acct', 'Ccy') ??
      attr(at(stmt, 'Bal', 'Amt'), 'Ccy') ??
      attr(at(stmt, 'Ntry', 'Amt'), 'Ccy');
    if (found && c && c !== found) {
      throw invalid(`The statements are in several currencies (${found}, ${c})`, {
        line: doc.lineOf(stmt),
        element: `Document/BkToCstmrStmt/Stmt[${s + 1}]`,
      });
    }
    found ??= c;
  });
  return found;
}
