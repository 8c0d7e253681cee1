// What the queries answer: the read models as they cross the process boundary.
import { z } from 'zod';
import { CalendarDate } from './dates';
import { AccountType, EventTypeSchema, Id } from './events';
import { CurrencyCode, Money } from './money';

export const Position = z.number().int().min(0);

export const AccountSummary = z.object({
  accountId: Id,
  /** The account's own name ("Joint checking"); accounts opened before names existed: the owner. */
  name: z.string(),
  owner: z.string(),
  type: AccountType,
  currency: CurrencyCode,
  status: z.enum(['open', 'closed']),
  balance: Money,
  /** The value date the account opened on; no entry lies before it. */
  openingDate: CalendarDate,
  eventCount: z.number().int(),
  openedAt: z.iso.datetime(),
  lastActivity: z.iso.datetime(),
  version: z.number().int(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const TimelineEntry = z.object({
  position: Position,
  eventId: Id,
  eventType: EventTypeSchema,
  accountId: Id,
  /** The account's name and owner as they were at this entry. */
  name: z.string(),
  owner: z.string(),
  /** What the event moves (null for renames and closes); `delta` is its signed effect. */
  amount: Money.nullable(),
  delta: z.number().int(),
  /**
   * The account's balance after this entry, in the order of the page: by value date for the
   * date order, in the log's order when read as recorded.
   */
  balanceAfter: Money,
  description: z.string().nullable(),
  /** When it was recorded (UTC). */
  timestamp: z.iso.datetime(),
  /** The date it belongs to (events without one: the day they were recorded, UTC). */
  valueDate: CalendarDate,
  transferId: Id.nullable(),
  counterpartyAccountId: Id.nullable(),
  correctsEventId: Id.nullable(),
  correctedByEventId: Id.nullable(),
  /** A movement's current category (its path now) and payee; null for other events. */
  category: z.string().nullable(),
  payee: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** 'date': by value date, then position (the books); 'recorded': the log's own order. */
export const TimelineOrder = z.enum(['date', 'recorded']);
export type TimelineOrder = z.infer<typeof TimelineOrder>;

export const TimelineFilter = z.object({
  accountId: Id.optional(),
  eventTypes: z.array(EventTypeSchema).optional(),
  /** Inclusive range on the event's timestamp (UTC ISO). */
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  /** Inclusive range on the value date. */
  fromDate: CalendarDate.optional(),
  toDate: CalendarDate.optional(),
});
export type TimelineFilter = z.infer<typeof TimelineFilter>;

/** Where a page starts: entries strictly before this key, in the page's order (newest first). */
export const TimelineCursor = z.object({ position: Position, valueDate: CalendarDate.optional() });
export type TimelineCursor = z.infer<typeof TimelineCursor>;

/** Keyset page, newest first; `next` continues it (null at the end). */
export const TimelinePage = z.object({
  items: z.array(TimelineEntry),
  /** The position of the last item, for the recorded order (kept for older callers). */
  nextBefore: Position.nullable(),
  next: TimelineCursor.nullable(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;

export const MonthlyTotal = z.object({
  /** The value month, YYYY-MM. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  deposits: Money,
  withdrawals: Money,
  net: Money,
  closingBalance: Money,
});
export type MonthlyTotal = z.infer<typeof MonthlyTotal>;

export const AsOfAccount = z.object({
  accountId: Id,
  name: z.string(),
  owner: z.string(),
  currency: CurrencyCode,
  status: z.enum(['open', 'closed']),
  balance: Money,
});

export const AsOfBalances = z.object({
  /** The last position counted (as known then). */
  position: Position,
  timestamp: z.iso.datetime().nullable(),
  /** The value date asked for (date queries), null for position/time queries. */
  date: CalendarDate.nullable(),
  /** The moment the books are read as known at (null: as recorded now). */
  knownAt: z.iso.datetime().nullable(),
  accounts: z.array(AsOfAccount),
});
export type AsOfBalances = z.infer<typeof AsOfBalances>;
