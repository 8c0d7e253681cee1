// Calendar dates. A statement date is the bank's calendar date as written: it is never moved
// through a time zone (an OFX 20231231120000[-5:EST] is 2023-12-31).
import { CSV_DATE_FORMATS } from '../../src-shared/operations';
import type { IsoDate } from './types';

/** The list lives in src-shared so the import dialog offers the same formats. */
export const DATE_FORMATS = CSV_DATE_FORMATS;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** 'YYYY-MM-DD' for a real calendar day within MIN_YEAR..MAX_YEAR, else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (the POSIX strptime rule). */
export function expandYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

interface CompiledFormat {
  re: RegExp;
  order: Array<'D' | 'M' | 'Y'>;
  twoDigitYear: boolean;
}

const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?`;
const compiled = new Map<DateFormat, CompiledFormat>();

function compile(format: DateFormat): CompiledFormat {
  let c = compiled.get(format);
  if (c) return c;
  const order: CompiledFormat['order'] = [];
  const packed = !/[^A-Z]/.test(format); // YYYYMMDD: fixed widths
  const source = format.replace(/YYYY|YY|MM|DD|[^A-Z]/g, (tok) => {
    if (tok === 'YYYY') return (order.push('Y'), '(\\d{4})');
    if (tok === 'YY') return (order.push('Y'), '(\\d{2})');
    if (tok === 'MM') return (order.push('M'), packed ? '(\\d{2})' : '(\\d{1,2})');
    if (tok === 'DD') return (order.push('D'), packed ? '(\\d{2})' : '(\\d{1,2})');
    return `\\${tok}`;
  });
  c = { re: new RegExp(`^${source}${TIME_SUFFIX}$`), order, twoDigitYear: !format.includes('YYYY') };
  compiled.set(format, c);
  return c;
}

/** Parses one date in `format` (a time of day after it is allowed and ignored); null if not a date. */
export function parseDate(text: string, format: DateFormat): IsoDate | null {
  const c = compile(format);
  const m = c.re.exec(text.trim());
  if (!m) return null;
  const part = (k: 'D' | 'M' | 'Y') => Number(m[c.order.indexOf(k) + 1]);
  const year = c.twoDigitYear ? expandYear(part('Y')) : part('Y');
  return isoDate(year, part('M'), part('D'));
}

/** The formats under which every sample is a valid date (empty samples are skipped). */
export function formatsFitting(samples: readonly string[], formats: readonly DateFormat[] = DATE_FORMATS) {
  const present = samples.filter((s) => s.trim() !== '');
  if (present.length === 0) return [];
  return formats.filter((f) => present.every((s) => parseDate(s, f) !== null));
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}
