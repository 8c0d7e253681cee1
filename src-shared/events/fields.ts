// Field schemas that several event types and the IPC contract share.
import { z } from 'zod';

export const Id = z.uuid();
export const OwnerName = z
  .string()
  .trim()
  .min(1, 'Owner name is required')
  .max(200, 'Owner name is at most 200 characters');
export const Description = z.string().trim().max(500, 'Description is at most 500 characters');
/** A calendar date, YYYY-MM-DD: the date the money moved, which may differ from the entry time. */
export const ValueDate = z.iso.date();
export const Reason = z.string().trim().min(1, 'A reason is required').max(500);
