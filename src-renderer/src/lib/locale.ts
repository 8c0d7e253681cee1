// The user's locale for numbers, dates and amount input.
import { todayIn } from '../../../src-shared/dates';
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

// Years always have four digits: "short" styles print "1/2/26", which reads as any century.
const FORMATS = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  shortDateTime: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: 'numeric',
    minute: '2-digit',
  },
  /** A calendar date (YYYY-MM-DD, no time zone): formatted in UTC so it never shifts a day. */
  date: { dateStyle: 'medium', timeZone: 'UTC' },
  day: { dateStyle: 'medium' },
  shortDay: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { timeStyle: 'short' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: keyof typeof FORMATS, locale: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, FORMATS[kind])));
  return f;
}

export function formatDateTime(iso: string, locale: string = userLocale()): string {
  return formatter('dateTime', locale).format(new Date(iso));
}

export function formatShortDateTime(iso: string, locale: string = userLocale()): string {
  return formatter('shortDateTime', locale).format(new Date(iso));
}

/** Day and time apart, so a narrow column can wrap between them ("short": 12/02/2026). */
export function formatDayAndTime(
  iso: string,
  locale: string = userLocale(),
  style: 'medium' | 'short' = 'medium',
): { day: string; time: string } {
  const d = new Date(iso);
  const day = formatter(style === 'short' ? 'shortDay' : 'day', locale).format(d);
  return { day, time: formatter('time', locale).format(d) };
}

/** A value date, "2026-03-01", in the locale's format. */
export function formatDate(date: string, locale: string = userLocale()): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatter('date', locale).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

export function formatMonth(month: string, locale: string = userLocale()): string {
  const [y, m] = month.split('-').map(Number);
  return formatter('month', locale).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
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

/**
 * The day (YYYY-MM-DD, in the user's time zone) an entry was recorded, when that is later than
 * the day it belongs to: the "recorded on …" marker. Null for an entry recorded on its day.
 */
export function recordedLater(
  entry: { valueDate: string; timestamp: string },
  timeZone?: string,
): string | null {
  const recorded = todayIn(timeZone, new Date(entry.timestamp));
  return recorded > entry.valueDate ? recorded : null;
}
