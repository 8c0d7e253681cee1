// Calendar dates (value dates) as 'YYYY-MM-DD' strings: they sort and compare as text, carry no
// time zone, and never pass through a Date's local-time arithmetic by accident.
import { z } from 'zod';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** A calendar date, YYYY-MM-DD, in the years a ledger can sensibly hold. */
export const CalendarDate = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' }).refine((d) => {
  const y = Number(d.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}, `The year must be between ${FIRST_YEAR} and ${LAST_YEAR}`);

/** The UTC calendar date of a moment (ms since the epoch). */
export const utcDateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Today in a time zone (the user's, by default the process's or browser's own), as YYYY-MM-DD:
 * a movement entered at 00:30 in Berlin belongs to that Berlin day, not the UTC one.
 */
export function todayIn(timeZone?: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** 'YYYY-MM' of a calendar date. */
export const monthOfDate = (date: string): string => date.slice(0, 7);

export const laterDate = (a: string, b: string): string => (a > b ? a : b);
export const earlierDate = (a: string, b: string): string => (a < b ? a : b);
