// Statement amounts as banks write them, converted exactly (decimal text to integer minor units,
// never through a float): decimal comma or point, thousands separators (, . space, no-break
// space, apostrophe) in groups of three, a leading or trailing sign, negative in parentheses,
// a currency symbol or ISO code around the number.
import { CurrencyCode, parseSignedDecimal, type Money } from '../../src-shared/money';
import { invalid } from './errors';
import type { DecimalSeparator, SourceRef } from './types';

export interface AmountStyle {
  decimal: DecimalSeparator;
  /** Accept thousands separators (CSV, QIF); OFX and CAMT write plain numbers. */
  grouping: boolean;
}

export interface ParsedAmount {
  money: Money;
  /** An ISO code written beside the number ("12.50 EUR"), if any. */
  code?: string;
}

const MAX_AMOUNT_TEXT = 64;
const CURRENCY_PREFIX = /^(?:([A-Z]{3})|[$€£¥])\s*/;
const CURRENCY_SUFFIX = /\s*(?:([A-Z]{3})|[$€£¥])$/;
const GROUP_CHARS = [',', '.', ' ', "'", '’'];

/** Throws an 'invalid' error naming `where` and the text when it is not an amount. */
export function parseStatementAmount(
  text: string,
  currency: string,
  style: AmountStyle,
  where: SourceRef,
  what = 'amount',
): ParsedAmount {
  const shown = text.trim();
  if (shown === '') throw invalid(`The ${what} is empty`, where);
  const fail = (why: string) => invalid(`The ${what} is "${shown.slice(0, 40)}", which ${why}`, where);
  if (shown.length > MAX_AMOUNT_TEXT) throw fail('is not an amount');
  let t = shown.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\u2212/g, '-');
  let code: string | undefined;
  const takeCurrency = () => {
    const pre = CURRENCY_PREFIX.exec(t);
    if (pre) {
      code = pre[1] ?? code;
      t = t.slice(pre[0].length);
    }
    const post = CURRENCY_SUFFIX.exec(t);
    if (post) {
      code = post[1] ?? code;
      t = t.slice(0, t.length - post[0].length);
    }
  };
  takeCurrency();
  let negative = false;
  const parens = /^\((.*)\)$/.exec(t);
  const lead = /^([+-])\s*(.*)$/.exec(t);
  const trail = /^(.*?)\s*([+-])$/.exec(t);
  if (parens) [negative, t] = [true, parens[1]!.trim()];
  else if (lead) [negative, t] = [lead[1] === '-', lead[2]!];
  else if (trail) [negative, t] = [trail[2] === '-', trail[1]!];
  takeCurrency();
  if (code !== undefined && !CurrencyCode.safeParse(code).success) throw fail('is not an amount');
  const plain = toPlainDecimal(t, style);
  if (plain === null) {
    throw fail(
      style.grouping
        ? `is not an amount with "${style.decimal}" as the decimal separator`
        : 'is not an amount; expected digits with an optional sign and decimal point',
    );
  }
  const r = parseSignedDecimal(`${negative ? '-' : ''}${plain}`, currency);
  if (!r.ok) {
    throw fail(
      r.message === 'Amount is too large'
        ? 'is larger than the ledger can hold'
        : `is more precise than ${currency} allows (${r.message})`,
    );
  }
  return code ? { money: r.money, code } : { money: r.money };
}

/** "1.234,56" (decimal ',') -> "1234.56"; null when the text does not fit the style. */
function toPlainDecimal(t: string, style: AmountStyle): string | null {
  const d = style.decimal;
  const at = t.lastIndexOf(d);
  let int = at === -1 ? t : t.slice(0, at);
  const frac = at === -1 ? '' : t.slice(at + 1);
  if (at !== -1 && !/^\d+$/.test(frac)) return null;
  if (int === '') int = '0'; // ".50"
  if (!/^\d+$/.test(int)) {
    if (!style.grouping) return null;
    const group = GROUP_CHARS.find((g) => g !== d && int.includes(g));
    if (group === undefined) return null;
    const parts = int.split(group);
    if (!/^\d{1,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
    int = parts.join('');
  }
  return frac ? `${int}.${frac}` : int;
}

/**
 * Guesses the decimal separator from sample amounts: the last of ',' and '.' when both appear,
 * a separator followed by other than three digits, else undefined (ambiguous, e.g. "1,234").
 */
export function inferDecimal(samples: Iterable<string>): DecimalSeparator | undefined {
  let comma = 0;
  let point = 0;
  for (const s of samples) {
    const t = s.trim();
    const c = t.lastIndexOf(',');
    const p = t.lastIndexOf('.');
    if (c !== -1 && p !== -1) {
      if (c > p) comma++;
      else point++;
    } else if (c !== -1 && !/,\d{3}(?!\d)/.test(t.slice(c))) comma++;
    else if (p !== -1 && !/\.\d{3}(?!\d)/.test(t.slice(p))) point++;
  }
  if (comma > point) return ',';
  if (point > comma) return '.';
  return undefined;
}
