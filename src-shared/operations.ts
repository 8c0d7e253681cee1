// What the long operations and the ledger's status answer: verification, rebuilds, backups.
import { z } from 'zod';
import { Position } from './views';

export const VerificationReport = z.object({
  ok: z.boolean(),
  checkedAt: z.iso.datetime(),
  chain: z.object({
    ok: z.boolean(),
    checked: z.number().int(),
    brokenAt: Position.nullable(),
    message: z.string(),
  }),
  projections: z.object({
    ok: z.boolean(),
    differences: z.array(z.object({ projection: z.string(), message: z.string() })),
  }),
});
export type VerificationReport = z.infer<typeof VerificationReport>;

export const LedgerInfo = z.object({
  path: z.string(),
  eventCount: z.number().int(),
  headPosition: Position,
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  lastVerification: VerificationReport.nullable(),
});
export type LedgerInfo = z.infer<typeof LedgerInfo>;

export const ProjectionName = z.enum([
  'balances',
  'accounts',
  'timeline',
  'monthly_totals',
  'categories',
  'movements',
]);
export type ProjectionName = z.infer<typeof ProjectionName>;

export const RebuildStatus = z.object({
  state: z.enum(['idle', 'running', 'done', 'cancelled', 'failed']),
  projections: z.array(ProjectionName),
  done: z.number().int(),
  total: z.number().int(),
  /** Events per second over the run so far. */
  rate: z.number(),
  /** Seconds left at the current rate, null until known. */
  etaSeconds: z.number().nullable(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
  verification: VerificationReport.shape.projections.nullable(),
});
export type RebuildStatus = z.infer<typeof RebuildStatus>;

export const BackupInfo = z.object({
  file: z.string(),
  name: z.string(),
  kind: z.enum(['manual', 'auto', 'before-migration', 'before-restore', 'on-quit']),
  createdAt: z.iso.datetime(),
  sizeBytes: z.number().int(),
  eventCount: z.number().int(),
  headPosition: Position,
  verified: z.enum(['ok', 'failed', 'unverified']),
  verifyMessage: z.string().nullable(),
  /** Why the verification ran on the main thread (its worker could not start), when it did. */
  verifyFallback: z.string().nullable().optional(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
