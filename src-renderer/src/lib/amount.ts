// Reads an amount typed by the user into the canonical decimal string the contract takes.
// Goes text -> integer minor units -> text, so the value is never a float.
import { parseLocalizedAmount, toDecimalString, type Money } from '../../../src-shared/money';
import { decimalSeparator, userLocale } from './locale';

export type AmountRead = { ok: true; decimal: string; money: Money } | { ok: false; message: string };

export function readAmount(
  text: string,
  currency: string,
  options: { allowZero?: boolean; locale?: string } = {},
): AmountRead {
  const locale = options.locale ?? userLocale();
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Enter an amount' };
  if (/^[-−‒–]/.test(t)) return { ok: false, message: 'Enter a positive amount, without a sign' };
  const parsed = parseLocalizedAmount(t, currency, locale);
  if (!parsed.ok) {
    // The shared parser speaks of "."; say which separator this locale uses instead.
    const sep = decimalSeparator(locale);
    const message = /optional decimal point/.test(parsed.message)
      ? `Enter an amount such as 1234${sep}56`
      : parsed.message;
    return { ok: false, message };
  }
  if (!options.allowZero && parsed.money.minor === 0) {
    return { ok: false, message: 'Enter an amount greater than zero' };
  }
  return { ok: true, decimal: toDecimalString(parsed.money), money: parsed.money };
}

/**
 * A balance, which may be negative (an overdraft): a leading minus (or a typographic dash), then
 * an amount as readAmount reads it; zero allowed. `empty` names what to enter when nothing is.
 */
export function readSignedAmount(
  text: string,
  currency: string,
  options: { locale?: string; empty?: string } = {},
): AmountRead {
  const t = text.trim().replace(/^[−‒–]/, '-');
  const negative = t.startsWith('-');
  const r = readAmount(negative ? t.slice(1) : t, currency, { allowZero: true, locale: options.locale });
  if (!r.ok)
    return r.message === 'Enter an amount' && options.empty ? { ok: false, message: options.empty } : r;
  if (!negative || r.money.minor === 0) return r;
  return { ok: true, decimal: `-${r.decimal}`, money: { ...r.money, minor: -r.money.minor } };
}
