// What the category, rule, search and report queries answer.
import { z } from 'zod';
import { CalendarDate } from './dates';
import { EventTypeSchema, Id } from './events';
import { CurrencyCode, Money } from './money';
import { Position } from './views';

export const CategoryView = z.object({
  categoryId: Id,
  /** The full path under the current names: `Food:Groceries`. */
  path: z.string(),
  name: z.string(),
  parentId: Id.nullable(),
  archived: z.boolean(),
  /** True for the default set of a ledger whose tree was never written (no events yet). */
  isDefault: z.boolean(),
});
export type CategoryView = z.infer<typeof CategoryView>;

/** A payee as the forms suggest it: the name as last written, its latest movement's category. */
export const PayeeView = z.object({
  name: z.string(),
  /** The current path of the category of the payee's latest movement (by value date); null: none. */
  lastCategory: z.string().nullable(),
  /** How many movements name it. */
  count: z.number().int(),
});
export type PayeeView = z.infer<typeof PayeeView>;

export const RuleView = z.object({
  ruleId: Id,
  payee: z.string().nullable(),
  descriptionContains: z.string().nullable(),
  /** The category's current path. */
  category: z.string(),
  setPayee: z.string().nullable(),
  position: Position,
});
export type RuleView = z.infer<typeof RuleView>;

const MetaView = z.object({
  category: z.string().nullable(),
  payee: z.string().nullable(),
  tags: z.array(z.string()),
});

export const RuleChange = z.object({
  eventId: Id,
  accountId: Id,
  description: z.string().nullable(),
  valueDate: CalendarDate,
  from: MetaView,
  to: MetaView,
});
export type RuleChange = z.infer<typeof RuleChange>;

/** A movement as search and the reports see it: its current category, payee and tags. */
export const MovementView = z.object({
  position: Position,
  eventId: Id,
  eventType: EventTypeSchema,
  accountId: Id,
  accountName: z.string(),
  valueDate: CalendarDate,
  timestamp: z.iso.datetime(),
  /** Signed: money out is negative. */
  amount: Money,
  description: z.string().nullable(),
  category: z.string().nullable(),
  payee: z.string().nullable(),
  tags: z.array(z.string()),
  correctsEventId: Id.nullable(),
});
export type MovementView = z.infer<typeof MovementView>;

export const CategoryReportRow = z.object({
  /** The category's current path; null: movements without a category. */
  category: z.string().nullable(),
  total: Money,
});
export type CategoryReportRow = z.infer<typeof CategoryReportRow>;

/** One category's sum in one value month (income and expense by category per month). */
export const MonthlyCategoryRow = CategoryReportRow.extend({ month: z.string().regex(/^\d{4}-\d{2}$/) });
export type MonthlyCategoryRow = z.infer<typeof MonthlyCategoryRow>;

export const NetWorthRow = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  currency: CurrencyCode,
  balance: Money,
});
export type NetWorthRow = z.infer<typeof NetWorthRow>;
