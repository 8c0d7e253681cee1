// Money is an integer count of minor units plus an ISO 4217 code. It never passes through a
// binary float: parsing goes from the decimal text straight to an integer via BigInt.
import { z } from 'zod';

/** ISO 4217 currencies whose minor unit is not 2 decimals. Everything else uses 2. */
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const supported: ReadonlySet<string> | null = (() => {
  try {
    return new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return null;
  }
})();

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter ISO 4217 code, such as EUR')
  .refine((c) => supported === null || supported.has(c), { message: 'Unknown ISO 4217 currency code' });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

export const MinorUnits = z
  .number()
  .int('Amounts are whole numbers of minor units')
  .refine((n) => Number.isSafeInteger(n), { message: 'Amount is too large' });

export const Money = z.object({ minor: MinorUnits, currency: CurrencyCode }).strict();
export type Money = z.infer<typeof Money>;

/** A positive amount as typed: major units, '.' as decimal separator, no sign, no exponent. */
export const DecimalAmount = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'Enter an amount such as 1234.56');

export function currencyExponent(currency: string): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

export type ParseResult = { ok: true; money: Money } | { ok: false; message: string };

/** Parses "1234.56" exactly into minor units of `currency`. Zero is allowed here; callers decide. */
export function parseAmount(text: string, currency: string): ParseResult {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) {
    return {
      ok: false,
      message: `"${text}" is not an amount; enter digits with an optional decimal point, such as 1234.56`,
    };
  }
  const exp = currencyExponent(currency);
  const [intPart = '0', frac = ''] = t.split('.');
  const trimmedFrac = frac.replace(/0+$/, '');
  if (trimmedFrac.length > exp) {
    return {
      ok: false,
      message:
        exp === 0 ? `${currency} has no decimal places` : `${currency} allows at most ${exp} decimal places`,
    };
  }
  const minor = BigInt(intPart) * 10n ** BigInt(exp) + BigInt(trimmedFrac.padEnd(exp, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: 'Amount is too large' };
  return { ok: true, money: { minor: Number(minor), currency } };
}

/**
 * Parses a signed plain decimal ("-1234.56", "+7", "0.5") exactly, as statement files write them.
 * Minus zero is zero. Same precision and size rules as parseAmount.
 */
export function parseSignedDecimal(text: string, currency: string): ParseResult {
  const m = /^([+-]?)(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      message: `"${text}" is not an amount; expected digits with an optional sign and decimal point`,
    };
  }
  const r = parseAmount(m[2]!, currency);
  if (!r.ok || m[1] !== '-' || r.money.minor === 0) return r;
  return { ok: true, money: { minor: -r.money.minor, currency } };
}

/**
 * Parses an amount typed in a locale's format ("1.234,56" in de-DE). Group separators are only
 * accepted between groups of three digits, so "12.5" in de-DE is refused rather than read as 125.
 */
export function parseLocalizedAmount(text: string, currency: string, locale?: string): ParseResult {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const spaces = /[\s\u00a0\u202f]/g;
  const group = (parts.find((p) => p.type === 'group')?.value ?? ',').replace(spaces, ' ');
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const t = text.trim().replace(spaces, ' ');
  const [intPart = '', ...rest] = t.split(decimal);
  if (rest.length > 1) return { ok: false, message: `"${text}" has more than one decimal separator` };
  let digits = intPart;
  if (intPart.includes(group)) {
    const groups = intPart.split(group);
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) {
      return { ok: false, message: `"${text}" is not an amount; use "${decimal}" as the decimal separator` };
    }
    digits = groups.join('');
  }
  return parseAmount(rest.length ? `${digits}.${rest[0]}` : digits, currency);
}

/** "1234.56" for 123456 EUR: exact, for display, CSV and JSON consumers. */
export function toDecimalString(m: Money): string {
  const exp = currencyExponent(m.currency);
  const negative = m.minor < 0;
  const digits = String(Math.abs(m.minor)).padStart(exp + 1, '0');
  const body = exp === 0 ? digits : `${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
  return negative ? `-${body}` : body;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats for the user's locale. The decimal string keeps Intl from ever seeing a float. */
export function formatMoney(
  m: Money,
  locale?: string,
  opts: { signDisplay?: 'auto' | 'exceptZero' } = {},
): string {
  const key = `${locale ?? ''}|${m.currency}|${opts.signDisplay ?? 'auto'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: currencyExponent(m.currency),
      maximumFractionDigits: currencyExponent(m.currency),
      signDisplay: opts.signDisplay ?? 'auto',
    });
    formatters.set(key, f);
  }
  return f.format(toDecimalString(m) as unknown as number);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`Cannot add ${a.currency} and ${b.currency}`);
  const minor = a.minor + b.minor;
  if (!Number.isSafeInteger(minor)) throw new Error('Amount is too large');
  return { minor, currency: a.currency };
}

/** JSON form used by the CLI and exports: minor units plus a formatted decimal beside them. */
export function moneyJson(m: Money): { minor: number; currency: string; decimal: string } {
  return { minor: m.minor, currency: m.currency, decimal: toDecimalString(m) };
}
