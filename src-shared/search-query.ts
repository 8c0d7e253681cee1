// The search box's query language, parsed without touching any data (so the renderer can show a
// mistake as it is typed). Words are separated by spaces; "double quotes" keep a phrase together.
//   free text            matches descriptions, payees and tags (accent- and case-insensitive)
//   payee:NAME           the payee has these words
//   category:PATH        the category or one below it (`category:Food` finds `Food:Groceries`)
//   tag:TAG              the movement has this tag
//   amount:>100  amount:<20  amount:10..50  amount:12.5   by absolute amount (inclusive range)
//   from:YYYY-MM-DD  to:YYYY-MM-DD                          by value date (inclusive)
import { CalendarDate } from './dates';

const isCalendarDate = (s: string) => CalendarDate.safeParse(s).success;

export interface SearchQuery {
  words: string[];
  payee: string[];
  category: string[];
  tags: string[];
  /** Decimal strings (major units), bounds included unless `...Exclusive`. */
  amountMin?: { value: string; exclusive: boolean };
  amountMax?: { value: string; exclusive: boolean };
  from?: string;
  to?: string;
}

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; message: string };

const DECIMAL = /^\d{1,15}(\.\d{1,3})?$/;

/** Splits on spaces, keeping "quoted phrases" (without their quotes) as one token. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /(\S*?)"([^"]*)"|(\S+)/gu;
  for (const m of text.matchAll(re)) {
    const t = m[3] ?? `${m[1] ?? ''}${m[2] ?? ''}`;
    if (t.trim().length > 0) out.push(t.trim());
  }
  return out;
}

export function parseSearchQuery(text: string): ParsedQuery {
  const q: SearchQuery = { words: [], payee: [], category: [], tags: [] };
  for (const token of tokenize(text)) {
    const colon = token.indexOf(':');
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
    const value = colon > 0 ? token.slice(colon + 1).trim() : '';
    switch (key) {
      case 'payee':
      case 'category':
      case 'tag':
        if (value === '') return { ok: false, message: `${key}: needs a value` };
        if (key === 'payee') q.payee.push(value);
        else if (key === 'tag') q.tags.push(value);
        else {
          const path = value.split(':').map((s) => s.trim());
          if (path.some((s) => s === ''))
            return { ok: false, message: `category:${value} has an empty level` };
          q.category.push(path.join(':'));
        }
        break;
      case 'amount': {
        const r = amountBounds(value);
        if (typeof r === 'string') return { ok: false, message: r };
        if (r.min) q.amountMin = r.min;
        if (r.max) q.amountMax = r.max;
        break;
      }
      case 'from':
      case 'to':
        if (!isCalendarDate(value))
          return { ok: false, message: `${key}: needs a date YYYY-MM-DD, not "${value}"` };
        q[key] = value;
        break;
      default:
        q.words.push(token);
    }
  }
  if (q.from && q.to && q.from > q.to) return { ok: false, message: `from:${q.from} is after to:${q.to}` };
  return { ok: true, query: q };
}

type Bound = { value: string; exclusive: boolean };
function amountBounds(v: string): { min?: Bound; max?: Bound } | string {
  const bad = `amount: takes >N, <N, N..M or N (such as amount:>100 or amount:10..50), not "${v}"`;
  const check = (s: string) => DECIMAL.test(s);
  if (v.startsWith('>=') || v.startsWith('<=')) {
    const n = v.slice(2);
    if (!check(n)) return bad;
    return v[0] === '>' ? { min: { value: n, exclusive: false } } : { max: { value: n, exclusive: false } };
  }
  if (v.startsWith('>') || v.startsWith('<')) {
    const n = v.slice(1);
    if (!check(n)) return bad;
    return v[0] === '>' ? { min: { value: n, exclusive: true } } : { max: { value: n, exclusive: true } };
  }
  const range = v.split('..');
  if (range.length === 2) {
    const [a, b] = range as [string, string];
    if (!check(a) || !check(b)) return bad;
    if (compareDecimal(a, b) > 0) return `amount:${v}: the range's low end is above its high end`;
    return { min: { value: a, exclusive: false }, max: { value: b, exclusive: false } };
  }
  if (!check(v)) return bad;
  return { min: { value: v, exclusive: false }, max: { value: v, exclusive: false } };
}

/** Digits after the point that amounts are compared in (thousandths of a major unit). */
export const AMOUNT_SCALE_DIGITS = 3;

/** A decimal string in thousandths (an integer): how amounts are compared. */
export function decimalToScaled(s: string): bigint {
  const [int, frac = ''] = s.split('.');
  return (
    BigInt(int!) * 10n ** BigInt(AMOUNT_SCALE_DIGITS) + BigInt((frac + '000').slice(0, AMOUNT_SCALE_DIGITS))
  );
}

export const compareDecimal = (a: string, b: string) => {
  const d = decimalToScaled(a) - decimalToScaled(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** Lower case without accents: how names compare (`Café` = `cafe`). */
export const foldText = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** Whether `path` is `prefix` or below it, level by level, accent- and case-insensitive. */
export function inSubtree(path: string, prefix: string): boolean {
  const p = foldText(path);
  const x = foldText(prefix);
  return p === x || p.startsWith(`${x}:`);
}
