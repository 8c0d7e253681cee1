// The user's locale for numbers, dates and amount input.
import { currencyExponent, formatMoney, type Money } from '../../../src-shared/money';

export function userLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

export function decimalSeparator(locale: string = userLocale()): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** A placeholder amount in the locale's format, e.g. "0,00" in de-DE. */
export function amountPlaceholder(currency: string, locale: string = userLocale()): string {
  const exp = currencyExponent(currency);
  return exp === 0 ? '0' : `0${decimalSeparator(locale)}${'0'.repeat(exp)}`;
}

export function money(m: Money, locale: string = userLocale()): string {
  return formatMoney(m, locale);
}

export function signedMoney(m: Money, locale: string = userLocale()): string {
  return formatMoney(m, locale, { signDisplay: 'exceptZero' });
}

const dateTime = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, locale: string = userLocale()): string {
  let f = dateTime.get(locale);
  if (!f)
    dateTime.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(new Date(iso));
}

const shortDateTime = new Map<string, Intl.DateTimeFormat>();

export function formatShortDateTime(iso: string, locale: string = userLocale()): string {
  let f = shortDateTime.get(locale);
  if (!f)
    shortDateTime.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' })),
    );
  return f.format(new Date(iso));
}

export function formatMonth(month: string, locale: string = userLocale()): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)),
  );
}

export function formatNumber(n: number, locale: string = userLocale(), digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
}

/** A default currency: the locale's region if it maps to a common code, else EUR. */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  JP: 'JPY',
  CA: 'CAD',
  AU: 'AUD',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  IN: 'INR',
  CN: 'CNY',
  BR: 'BRL',
  MX: 'MXN',
  NZ: 'NZD',
  ZA: 'ZAR',
};

export function defaultCurrency(locale: string = userLocale()): string {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  return (region && REGION_CURRENCY[region]) || 'EUR';
}

export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'INR',
  'CNY',
  'BRL',
  'MXN',
  'NZD',
  'ZAR',
  'KWD',
] as const;
