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
