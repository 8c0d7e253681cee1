// One CAMT Ntry to statement lines: one per TxDtls of a batch when the transactions carry their
// own amounts adding up to the entry, else one line for the entry.
import type { Money } from '../../src-shared/money';
import { camtDate, signedAmount, type Ctx } from './camt-values';
import { invalid } from './errors';
import type { SourceRef, StatementLine } from './types';
import { at, attr, kid, kids, text, type XmlElement } from './xml';

interface Tx {
  el: XmlElement;
  path: string;
}

export function entryLines(ntry: XmlElement, path: string, ctx: Ctx): StatementLine[] {
  const where: SourceRef = { line: ctx.doc.lineOf(ntry), element: path };
  const sub = (name: string): SourceRef => ({
    line: ctx.doc.lineOf(kid(ntry, name), where.line),
    element: `${path}/${name}`,
  });
  const indicator = text(ntry, 'CdtDbtInd');
  const amount = signedAmount(kid(ntry, 'Amt'), indicator, sub('Amt'), ctx);
  const reversal = /^(true|1)$/i.test(text(ntry, 'RvslInd') ?? '');
  const booked = camtDate(kid(ntry, 'BookgDt'), sub('BookgDt'), ctx);
  const valued = camtDate(kid(ntry, 'ValDt'), sub('ValDt'), ctx);
  const bookingDate = booked ?? valued;
  if (!bookingDate)
    throw invalid('The entry has neither a booking date (BookgDt) nor a value date (ValDt)', where);
  const entryRef = ctx.fields.ref(
    text(ntry, 'AcctSvcrRef') ?? text(ntry, 'NtryRef'),
    'entry reference',
    where,
  );
  const entryInfo = text(ntry, 'AddtlNtryInf');
  const txs: Tx[] = kids(ntry, 'NtryDtls').flatMap((d, di) =>
    kids(d, 'TxDtls').map((el, ti) => ({ el, path: `${path}/NtryDtls[${di + 1}]/TxDtls[${ti + 1}]` })),
  );
  const make = (
    source: SourceRef,
    money: Money,
    ind: string | undefined,
    tx: Tx | undefined,
    ref: string | undefined,
  ) => {
    const line: StatementLine = { source, bookingDate, valueDate: valued ?? bookingDate, amount: money };
    const payee = tx && ctx.fields.text(payeeOf(tx.el, ind === 'DBIT', reversal), 'payee', source.line);
    const description = ctx.fields.text((tx && describe(tx.el)) ?? entryInfo, 'description', source.line);
    if (payee) line.payee = payee;
    if (description) line.description = description;
    if (ref) line.bankRef = ref;
    if (reversal) line.reversal = true;
    return line;
  };

  if (txs.length > 1) {
    const split = splitAmounts(txs, amount, indicator, ctx);
    if (split) {
      return txs.map((tx, k) => {
        const source = { line: ctx.doc.lineOf(tx.el, where.line), element: tx.path };
        const own = text(tx.el, 'Refs', 'AcctSvcrRef') ?? text(tx.el, 'Refs', 'TxId');
        const ref =
          ctx.fields.ref(own, 'transaction reference', source) ?? (entryRef && `${entryRef}/${k + 1}`);
        return make(source, split[k]!.money, split[k]!.indicator, tx, ref);
      });
    }
    ctx.notes.push(
      `Line ${where.line}: a batch of ${txs.length} transactions without amounts that add up to the entry was imported as one movement`,
    );
    return [make(where, amount, indicator, undefined, entryRef)];
  }
  const tx = txs[0];
  const ref =
    entryRef ??
    (tx &&
      ctx.fields.ref(
        text(tx.el, 'Refs', 'AcctSvcrRef') ?? text(tx.el, 'Refs', 'TxId'),
        'transaction reference',
        where,
      ));
  return [make(where, amount, indicator, tx, ref)];
}

/** Each transaction's own amount, or null when one lacks it, is in another currency, or the sum differs. */
function splitAmounts(txs: Tx[], entry: Money, entryIndicator: string | undefined, ctx: Ctx) {
  const out: Array<{ money: Money; indicator: string | undefined }> = [];
  let sum = 0;
  for (const tx of txs) {
    const direct = kid(tx.el, 'Amt');
    const amtEl = direct ?? at(tx.el, 'AmtDtls', 'TxAmt', 'Amt');
    if (!amtEl || (attr(amtEl, 'Ccy') !== undefined && attr(amtEl, 'Ccy') !== ctx.currency)) return null;
    const indicator = text(tx.el, 'CdtDbtInd') ?? entryIndicator;
    const element = `${tx.path}/${direct ? 'Amt' : 'AmtDtls/TxAmt/Amt'}`;
    const money = signedAmount(amtEl, indicator, { line: ctx.doc.lineOf(amtEl), element }, ctx);
    sum += money.minor;
    out.push({ money, indicator });
  }
  return Number.isSafeInteger(sum) && sum === entry.minor ? out : null;
}

/**
 * The counterparty: the creditor of a payment out, the debtor of a payment in. A reversal is
 * booked in the opposite direction of the original, whose counterparty it still names.
 */
function payeeOf(tx: XmlElement, debit: boolean, reversal: boolean): string | undefined {
  const side = debit !== reversal ? 'Cdtr' : 'Dbtr';
  const parties = kid(tx, 'RltdPties');
  return (
    text(parties, side, 'Nm') ?? // v02-v07
    text(parties, side, 'Pty', 'Nm') ?? // v08
    text(parties, `Ultmt${side}`, 'Nm') ??
    text(parties, `Ultmt${side}`, 'Pty', 'Nm')
  );
}

/** Unstructured remittance lines joined, else the structured creditor reference, else AddtlTxInf. */
function describe(tx: XmlElement): string | undefined {
  const rmt = kid(tx, 'RmtInf');
  const ustrd = kids(rmt, 'Ustrd')
    .map((u) => text(u))
    .filter((u): u is string => u !== undefined);
  if (ustrd.length) return ustrd.join(' ');
  return text(rmt, 'Strd', 'CdtrRefInf', 'Ref') ?? text(tx, 'AddtlTxInf');
}
