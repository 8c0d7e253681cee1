// Natural order for what people read: "Anna 2" before "Anna 12", case and accents aside.
import { currencyExponent, type Money } from '../../../src-shared/money';
import { userLocale } from './locale';

const collators = new Map<string, Intl.Collator>();

function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return c;
}

export function compareNatural(a: string, b: string, locale: string = userLocale()): number {
  return collator(locale).compare(a, b);
}

/** Amounts by value across currencies (1.000 KWD after 999.99 EUR), exact: BigInt, no floats. */
export function compareMoney(a: Money, b: Money): number {
  const ea = currencyExponent(a.currency);
  const eb = currencyExponent(b.currency);
  const e = Math.max(ea, eb);
  const x = BigInt(a.minor) * 10n ** BigInt(e - ea);
  const y = BigInt(b.minor) * 10n ** BigInt(e - eb);
  return x < y ? -1 : x > y ? 1 : 0;
}

export type SortDirection = 'asc' | 'desc';

/** A sorted copy; `compare` gives the ascending order, ties keep their incoming order. */
export function sortBy<T>(items: readonly T[], compare: (a: T, b: T) => number, dir: SortDirection): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => sign * compare(a.item, b.item) || a.i - b.i)
    .map((x) => x.item);
}
