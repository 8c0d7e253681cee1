// QIF dates in the shapes Quicken and others write: 12/31/1999, 12/19/18, 1/ 2'24 (an apostrophe
// before a two-digit year means 2000+), 31.12.1999, 2024-01-31. The day/month order is not in
// the file: it is an option, else detected from days above 12, else month first (Quicken US).
import { expandYear, isoDate } from './dates';
import { invalid } from './errors';
import type { IsoDate } from './types';

export type QifDateOrder = 'MDY' | 'DMY' | 'YMD';

interface DateParts {
  a: number;
  b: number;
  c: number;
  /** The first part has four digits: year first. */
  yearFirst: boolean;
  apostrophe: boolean;
  twoDigitYear: boolean;
  separator: string;
}

export function splitQifDate(text: string): DateParts | null {
  const m = /^(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*([/.'-])\s*(\d{1,4})$/.exec(text.trim());
  if (!m) return null;
  return {
    a: Number(m[1]),
    b: Number(m[3]),
    c: Number(m[5]),
    yearFirst: m[1]!.length === 4,
    apostrophe: m[4] === "'",
    twoDigitYear: m[5]!.length <= 2,
    separator: m[2]!,
  };
}

export function qifDate(p: DateParts, order: QifDateOrder): IsoDate | null {
  if (p.yearFirst || order === 'YMD') return p.yearFirst ? isoDate(p.a, p.b, p.c) : null;
  const year = p.apostrophe ? 2000 + p.c : p.twoDigitYear ? expandYear(p.c) : p.c;
  return order === 'MDY' ? isoDate(year, p.a, p.b) : isoDate(year, p.b, p.a);
}

export interface DateOrderGuess {
  order: QifDateOrder;
  /** True when nothing in the file decides it. */
  assumed: boolean;
}

/** Day-first when some first part is above 12, month-first when some second part is; both is an error. */
export function detectQifDateOrder(dates: ReadonlyArray<{ text: string; line: number }>): DateOrderGuess {
  let dayFirstAt: number | undefined;
  let monthFirstAt: number | undefined;
  let dotted = false;
  let any = false;
  for (const { text, line } of dates) {
    const p = splitQifDate(text);
    if (!p || p.yearFirst) continue;
    any = true;
    if (p.a > 12) dayFirstAt ??= line;
    if (p.b > 12) monthFirstAt ??= line;
    if (p.separator === '.') dotted = true;
  }
  if (dayFirstAt !== undefined && monthFirstAt !== undefined) {
    throw invalid(
      `The dates mix day-first (line ${dayFirstAt}) and month-first (line ${monthFirstAt}) order`,
      { line: Math.max(dayFirstAt, monthFirstAt) },
    );
  }
  if (dayFirstAt !== undefined) return { order: 'DMY', assumed: false };
  if (monthFirstAt !== undefined) return { order: 'MDY', assumed: false };
  if (!any) return { order: 'YMD', assumed: false };
  // 31.12.1999 is a European writing; slashes are Quicken US.
  return { order: dotted ? 'DMY' : 'MDY', assumed: true };
}
