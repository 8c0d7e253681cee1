// What the user reads for an error. The core's message is exact but plain ("70.00 EUR"); a
// refusal whose reason and details we know is worded here with amounts formatted like the
// page ("€70.00"). Details cross a process boundary, so they are parsed, never trusted.
import type { ErrorInfo } from '../../../src-shared/errors';
import { Money, parseAmount } from '../../../src-shared/money';
import { formatDate, money, userLocale } from './locale';

type Details = Record<string, unknown>;

function amount(details: Details, key: string, locale: string): string | null {
  const m = Money.safeParse(details[key]);
  return m.success ? money(m.data, locale) : null;
}

const WORDING: Record<string, (d: Details, locale: string) => string | null> = {
  insufficient_funds: (d, locale) => {
    const balance = amount(d, 'balance', locale);
    const asked = amount(d, 'amount', locale);
    const what =
      typeof d.operation === 'string' && /^[a-z ]{1,30}$/.test(d.operation) ? d.operation : 'amount';
    return balance && asked ? `Insufficient funds: the balance is ${balance}, the ${what} ${asked}` : null;
  },
  balance_not_zero: (d, locale) => {
    const balance = amount(d, 'balance', locale);
    return balance ? `Only an account with a zero balance can be closed; the balance is ${balance}` : null;
  },
};

/** "2292.65 EUR" (or "-5.00 EUR"), the core's exact notation, as the page shows amounts. */
const CORE_AMOUNT = /(?<![\w.,])(-?)(\d+(?:\.\d+)?) ([A-Z]{3})\b/g;

function formatCoreAmounts(message: string, locale: string): string {
  return message.replace(CORE_AMOUNT, (text, sign: string, decimal: string, currency: string) => {
    const parsed = parseAmount(decimal, currency);
    if (!parsed.ok) return text;
    return money({ ...parsed.money, minor: sign ? -parsed.money.minor : parsed.money.minor }, locale);
  });
}

export function errorText(error: ErrorInfo, locale: string = userLocale()): string {
  const word = error.reason ? WORDING[error.reason] : undefined;
  const worded = word && error.details ? word(error.details, locale) : null;
  return worded ?? formatCoreAmounts(error.message, locale);
}

/**
 * A refusal about the entry's date (dated before the account's opening, or an opening date
 * later than its entries): the message for the date field, or null for any other error.
 */
export function dateErrorText(error: ErrorInfo | null, locale: string = userLocale()): string | null {
  if (!error || (error.reason !== 'before_opening' && error.reason !== 'entries_before_opening')) return null;
  const d = error.details ?? {};
  const iso = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  const opening = iso(d.openingDate);
  const earliest = iso(d.earliestEntry);
  if (error.reason === 'before_opening' && opening)
    return `The account opened on ${formatDate(opening, locale)}: an entry cannot be dated earlier (move its opening date first)`;
  if (error.reason === 'entries_before_opening' && earliest)
    return `The account has entries from ${formatDate(earliest, locale)}: it cannot open later than that`;
  return errorText(error, locale);
}
