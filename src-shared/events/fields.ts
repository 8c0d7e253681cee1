// Field schemas that several event types and the IPC contract share.
import { z } from 'zod';
import { CalendarDate } from '../dates';

export const Id = z.uuid();
export const OwnerName = z
  .string()
  .trim()
  .min(1, 'Owner name is required')
  .max(200, 'Owner name is at most 200 characters');
export const AccountName = z
  .string()
  .trim()
  .min(1, 'Account name is required')
  .max(200, 'Account name is at most 200 characters');
export const AccountTypes = ['checking', 'savings', 'cash', 'credit-card', 'other'] as const;
export const AccountType = z.enum(AccountTypes, {
  message: `The account type is one of ${AccountTypes.join(', ')}`,
});
export type AccountKind = z.infer<typeof AccountType>;
export const Description = z.string().trim().max(500, 'Description is at most 500 characters');
/** The date the money moved (or the account opened), which may differ from the entry time. */
export const ValueDate = CalendarDate;
export const Reason = z.string().trim().min(1, 'A reason is required').max(500);

// Movement metadata: category, payee, tags. Bounded, trimmed; the contract adds the rule on
// characters (src-shared/text.ts).
/** One level of a category path: no colon (the separator). */
export const CategorySegment = z
  .string()
  .trim()
  .min(1, 'A category name is required')
  .max(60, 'A category name is at most 60 characters')
  .refine((s) => !s.includes(':'), 'A category name has no colon (colons separate levels)');
/** Levels of a category path; the depth a path may have. */
export const MAX_CATEGORY_DEPTH = 6;
/**
 * A category path as people write it: `Food:Groceries`, colon-separated non-empty levels, each
 * trimmed (`Food : Groceries` is `Food:Groceries`).
 */
export const CategoryPath = z
  .string()
  .max(400, 'A category is at most 400 characters')
  .transform((s) => s.split(':').map((p) => p.trim()))
  .refine((parts) => parts.every((p) => p.length > 0), 'A category is levels separated by colons, none empty')
  .refine(
    (parts) => parts.length <= MAX_CATEGORY_DEPTH,
    `A category has at most ${MAX_CATEGORY_DEPTH} levels`,
  )
  .refine((parts) => parts.every((p) => p.length <= 60), 'A category level is at most 60 characters')
  .transform((parts) => parts.join(':'));
export const PayeeName = z
  .string()
  .trim()
  .min(1, 'A payee name is required')
  .max(200, 'A payee name is at most 200 characters');
export const TagName = z
  .string()
  .trim()
  .min(1, 'A tag is required')
  .max(50, 'A tag is at most 50 characters')
  .refine((s) => !/[\s,]/u.test(s), 'A tag has no spaces or commas');
export const Tags = z.array(TagName).max(20, 'At most 20 tags');
