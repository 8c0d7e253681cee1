// Shared by the CAMT statement and entry readers: signed amounts and dates of one element.
import type { Money } from '../../src-shared/money';
import { parseStatementAmount } from './amounts';
import { isoDate } from './dates';
import { invalid } from './errors';
import type { TextFields } from './text';
import type { IsoDate, SourceRef } from './types';
import { attr, text, type XmlDocument, type XmlElement } from './xml';

export interface Ctx {
  doc: XmlDocument;
  /** The statement's currency (the file's, else the account's). */
  currency: string;
  fields: TextFields;
  notes: string[];
}

/**
 * An unsigned Amt (with its Ccy attribute) and a CdtDbtInd to a signed amount. `where` names the
 * Amt element; the error for a missing amount names the element around it.
 */
export function signedAmount(
  amtEl: XmlElement | undefined,
  indicator: string | undefined,
  where: SourceRef,
  ctx: Ctx,
): Money {
  const amtWhere = { line: ctx.doc.lineOf(amtEl, where.line), element: where.element };
  const amt = text(amtEl);
  if (amt === undefined) throw invalid('There is no amount', amtWhere);
  const ccy = attr(amtEl, 'Ccy');
  if (ccy && ccy !== ctx.currency)
    throw invalid(`The amount is in ${ccy}, the statement in ${ctx.currency}`, amtWhere);
  if (/^[+-]/.test(amt.trim())) {
    throw invalid(`The amount "${amt}" has a sign; CAMT gives the direction in CdtDbtInd`, amtWhere);
  }
  const money = parseStatementAmount(amt, ctx.currency, { decimal: '.', grouping: false }, amtWhere).money;
  if (indicator !== 'CRDT' && indicator !== 'DBIT') {
    throw invalid(
      `The credit/debit indicator (CdtDbtInd) is "${indicator ?? ''}"; it must be CRDT or DBIT`,
      amtWhere,
    );
  }
  return indicator === 'DBIT' && money.minor !== 0 ? { ...money, minor: -money.minor } : money;
}

/** Dt or DtTm; a date-time is taken as the calendar date written, not moved to another zone. */
export function camtDate(el: XmlElement | undefined, where: SourceRef, ctx: Ctx): IsoDate | undefined {
  if (!el) return undefined;
  const raw = text(el, 'Dt') ?? text(el, 'DtTm') ?? text(el);
  if (raw === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(raw.trim());
  const d = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!d)
    throw invalid(`"${raw.slice(0, 40)}" is not a date (YYYY-MM-DD)`, {
      line: ctx.doc.lineOf(el, where.line),
      element: where.element,
    });
  return d;
}
