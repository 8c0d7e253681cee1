// The IPC contract: every command, query and operation by name, with zod input and output
// schemas. The preload, the IPC wrapper, the HTTP bridge, the CLI and the typed client all
// derive from this table; TypeScript types are inferred from it, never written twice.
import { z } from 'zod';
import { Money, CurrencyCode, DecimalAmount } from './money';
import type { Result } from './errors';
import { Id, OwnerName, Description, ValueDate, Reason, EventTypeSchema, StoredEventSchema } from './events';

const CommandId = z.string().min(8).max(100);
const Position = z.number().int().min(0);
const PageLimit = z.number().int().min(1).max(1000).default(100);

export const CommandResult = z.object({
  /** Global position of the last event the command appended (or had appended, on a retry). */
  position: Position,
  /** True when the command id had already been applied: nothing new was written. */
  duplicate: z.boolean(),
});
export type CommandResult = z.infer<typeof CommandResult>;

export const AccountSummary = z.object({
  accountId: Id,
  owner: z.string(),
  currency: CurrencyCode,
  status: z.enum(['open', 'closed']),
  balance: Money,
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
  owner: z.string(),
  /** What the event moves (null for renames and closes); `delta` is its signed effect. */
  amount: Money.nullable(),
  delta: z.number().int(),
  balanceAfter: Money,
  description: z.string().nullable(),
  timestamp: z.iso.datetime(),
  valueDate: z.string().nullable(),
  transferId: Id.nullable(),
  counterpartyAccountId: Id.nullable(),
  correctsEventId: Id.nullable(),
  correctedByEventId: Id.nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelineFilter = z.object({
  accountId: Id.optional(),
  eventTypes: z.array(EventTypeSchema).optional(),
  /** Inclusive range on the event's timestamp (UTC ISO). */
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
export type TimelineFilter = z.infer<typeof TimelineFilter>;

/** Keyset page: items newest first, all with position < `before`. */
export const TimelinePage = z.object({ items: z.array(TimelineEntry), nextBefore: Position.nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;

export const MonthlyTotal = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  deposits: Money,
  withdrawals: Money,
  net: Money,
  closingBalance: Money,
});
export type MonthlyTotal = z.infer<typeof MonthlyTotal>;

export const AsOfBalances = z.object({
  position: Position,
  timestamp: z.iso.datetime().nullable(),
  accounts: z.array(
    z.object({
      accountId: Id,
      owner: z.string(),
      currency: CurrencyCode,
      status: z.enum(['open', 'closed']),
      balance: Money,
    }),
  ),
});
export type AsOfBalances = z.infer<typeof AsOfBalances>;

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

export const ProjectionName = z.enum(['balances', 'accounts', 'timeline', 'monthly_totals']);
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
});
export type BackupInfo = z.infer<typeof BackupInfo>;

const movement = {
  commandId: CommandId,
  accountId: Id,
  amount: DecimalAmount,
  description: Description.optional(),
  valueDate: ValueDate.optional(),
};

type Kind = 'command' | 'query' | 'operation';
const def = <K extends Kind, I extends z.ZodType, O extends z.ZodType>(kind: K, input: I, output: O) => ({
  kind,
  input,
  output,
});

export const contract = {
  // Commands: change the books, carry a client-generated command id (idempotent retries).
  openAccount: def(
    'command',
    z.object({
      commandId: CommandId,
      owner: OwnerName,
      currency: CurrencyCode,
      openingBalance: DecimalAmount.optional(),
    }),
    CommandResult.extend({ accountId: Id }),
  ),
  deposit: def('command', z.object(movement), CommandResult),
  withdraw: def('command', z.object(movement), CommandResult),
  transfer: def(
    'command',
    z.object({
      commandId: CommandId,
      fromAccountId: Id,
      toAccountId: Id,
      amount: DecimalAmount,
      description: Description.optional(),
      valueDate: ValueDate.optional(),
    }),
    CommandResult.extend({ transferId: Id }),
  ),
  renameAccount: def(
    'command',
    z.object({ commandId: CommandId, accountId: Id, owner: OwnerName }),
    CommandResult,
  ),
  correctMovement: def(
    'command',
    z.object({ commandId: CommandId, eventId: Id, reason: Reason }),
    CommandResult,
  ),
  closeAccount: def('command', z.object({ commandId: CommandId, accountId: Id }), CommandResult),

  // Queries: read projections only, never the log (except getEvent and as-of).
  listAccounts: def('query', z.object({}), z.array(AccountSummary)),
  getAccount: def('query', z.object({ accountId: Id }), AccountSummary),
  timeline: def(
    'query',
    TimelineFilter.extend({ before: Position.optional(), limit: PageLimit }),
    TimelinePage,
  ),
  timelineCount: def('query', TimelineFilter, z.object({ count: z.number().int() })),
  getEvent: def('query', z.object({ eventId: Id }), StoredEventSchema),
  /** The log itself, in global order (the CLI's `history`, exports to other tools). */
  readEvents: def(
    'query',
    z.object({ aggregateId: Id.optional(), after: Position.default(0), limit: PageLimit }),
    z.object({ events: z.array(StoredEventSchema), nextAfter: Position.nullable() }),
  ),
  monthlyTotals: def('query', z.object({ accountId: Id }), z.array(MonthlyTotal)),
  balancesAsOf: def(
    'query',
    z
      .object({ position: Position.optional(), time: z.iso.datetime().optional() })
      .refine((v) => v.position !== undefined || v.time !== undefined, 'Give a position or a time'),
    AsOfBalances,
  ),
  ledgerInfo: def('query', z.object({}), LedgerInfo),

  // Operations: long or file-level work.
  verifyLedger: def('operation', z.object({}), VerificationReport),
  startRebuild: def(
    'operation',
    z.object({ projections: z.array(ProjectionName).optional() }),
    RebuildStatus,
  ),
  cancelRebuild: def('operation', z.object({}), RebuildStatus),
  rebuildStatus: def('query', z.object({}), RebuildStatus),
  listBackups: def('query', z.object({}), z.array(BackupInfo)),
  createBackup: def('operation', z.object({}), BackupInfo),
  restoreBackup: def(
    'operation',
    z.object({ file: z.string().min(1) }),
    z.object({ restoredFrom: z.string(), keptAs: z.string() }),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type CommandName = {
  [K in MethodName]: Contract[K]['kind'] extends 'command' ? K : never;
}[MethodName];
export type Input<N extends MethodName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends MethodName> = z.output<Contract[N]['input']>;
export type Output<N extends MethodName> = z.output<Contract[N]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];

/** Messages the main process pushes to the renderer. */
export const pushSchemas = {
  ledgerChanged: z.object({ position: Position }),
  rebuildProgress: RebuildStatus,
  backupFinished: BackupInfo,
  /** A menu item asked the renderer to show something (e.g. 'rebuild', 'backups', 'about'). */
  menuAction: z.object({ action: z.string() }),
} as const;
export type PushName = keyof typeof pushSchemas;
export type PushPayload<N extends PushName> = z.infer<(typeof pushSchemas)[N]>;
export const pushNames = Object.keys(pushSchemas) as PushName[];

/** The API the renderer sees: one named async function per method, returning the envelope. */
export type LedgerApi = {
  [N in MethodName]: (input: Input<N>) => Promise<Result<Output<N>>>;
} & {
  on<N extends PushName>(name: N, listener: (payload: PushPayload<N>) => void): () => void;
};
