// The IPC contract: every command, query and operation by name, with zod input and output
// schemas. The preload, the IPC wrapper, the HTTP bridge, the CLI and the typed client all
// derive from this table; TypeScript types are inferred from it, never written twice.
import { z } from 'zod';
import { CalendarDate } from './dates';
import { CurrencyCode, DecimalAmount } from './money';
import type { Result } from './errors';
import {
  AccountName as AccountNameField,
  AccountType,
  CategoryPath as CategoryPathField,
  CategorySegment as CategorySegmentField,
  Description as DescriptionField,
  PayeeName as PayeeNameField,
  TagName as TagNameField,
  Id,
  OwnerName as OwnerNameField,
  Reason as ReasonField,
  StoredEventSchema,
  ValueDate,
} from './events';
import { plainText } from './text';
import {
  BackupInfo,
  ClearedBalance,
  CsvProfileView,
  ImportBatchView,
  LedgerInfo,
  ProjectionName,
  RebuildStatus,
  StatementCommitInput,
  StatementFileInput,
  StatementPreview,
  UndoImportResult,
  VerificationProgress,
  VerificationReport,
} from './operations';
import {
  AccountSummary,
  AsOfBalances,
  MonthlyTotal,
  Position,
  TimelineCursor,
  TimelineFilter,
  TimelineOrder,
  TimelinePage,
} from './views';
import {
  CategoryReportRow,
  MonthlyCategoryRow,
  CategoryView,
  MovementView,
  NetWorthRow,
  PayeeView,
  RuleChange,
  RuleView,
} from './category-views';

export * from './operations';
export * from './views';
export * from './category-views';

const CommandId = z.string().min(8).max(100);
// What a user types: the event schemas' bounds plus the shared rule on characters (src-shared/text).
const OwnerName = plainText(OwnerNameField, 'The owner name');
const AccountName = plainText(AccountNameField, 'The account name');
const Description = plainText(DescriptionField, 'The description');
const Reason = plainText(ReasonField, 'The reason');
const CategoryPath = plainText(CategoryPathField, 'The category');
const CategorySegment = plainText(CategorySegmentField, 'The category name');
const PayeeName = plainText(PayeeNameField, 'The payee');
const Tags = z.array(plainText(TagNameField, 'The tag')).max(20, 'At most 20 tags');
const PageLimit = z.number().int().min(1).max(1000).default(100);

export const CommandResult = z.object({
  /** Global position of the last event the command appended (or had appended, on a retry). */
  position: Position,
  /** True when the command id had already been applied: nothing new was written. */
  duplicate: z.boolean(),
});
export type CommandResult = z.infer<typeof CommandResult>;

/** A movement's category (a path: created when new), payee and tags, all optional. */
function movementMeta() {
  return { category: CategoryPath.optional(), payee: PayeeName.optional(), tags: Tags.optional() };
}

const movement = {
  commandId: CommandId,
  accountId: Id,
  amount: DecimalAmount,
  description: Description.optional(),
  valueDate: ValueDate.optional(),
  ...movementMeta(),
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
      /** The account's own name; the owner's when not given. */
      name: AccountName.optional(),
      type: AccountType.optional(),
      currency: CurrencyCode,
      openingBalance: DecimalAmount.optional(),
      /** The value date it opens on; today (in the user's time zone) when not given. */
      openingDate: ValueDate.optional(),
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
      ...movementMeta(),
    }),
    CommandResult.extend({ transferId: Id }),
  ),
  renameAccount: def(
    'command',
    z.object({ commandId: CommandId, accountId: Id, name: AccountName }),
    CommandResult,
  ),
  changeOwner: def(
    'command',
    z.object({ commandId: CommandId, accountId: Id, owner: OwnerName }),
    CommandResult,
  ),
  setOpeningDate: def(
    'command',
    z.object({ commandId: CommandId, accountId: Id, openingDate: ValueDate }),
    CommandResult,
  ),
  correctMovement: def(
    'command',
    z.object({ commandId: CommandId, eventId: Id, reason: Reason }),
    CommandResult,
  ),
  closeAccount: def('command', z.object({ commandId: CommandId, accountId: Id }), CommandResult),
  /** The bank's balance on a date matches the books (refused with the difference otherwise). */
  reconcile: def(
    'command',
    z.object({
      commandId: CommandId,
      accountId: Id,
      date: ValueDate,
      balance: z
        .string()
        .trim()
        .regex(/^-?\d+(\.\d+)?$/, 'Enter a balance such as 1234.56 or -12.00'),
    }),
    CommandResult,
  ),

  /**
   * Sets a movement's category (null: none), and its payee and tags when given (null/[]: none);
   * what it had is kept in the event.
   */
  categorize: def(
    'command',
    z.object({
      commandId: CommandId,
      eventId: Id,
      category: CategoryPath.nullable().optional(),
      payee: PayeeName.nullable().optional(),
      tags: Tags.optional(),
    }),
    CommandResult,
  ),
  createCategory: def(
    'command',
    z.object({ commandId: CommandId, category: CategoryPath }),
    CommandResult.extend({ categoryId: Id }),
  ),
  renameCategory: def(
    'command',
    z.object({ commandId: CommandId, category: CategoryPath, name: CategorySegment }),
    CommandResult,
  ),
  /** Moves a category (with its subcategories) under `parent`, or to the top (null). */
  moveCategory: def(
    'command',
    z.object({ commandId: CommandId, category: CategoryPath, parent: CategoryPath.nullable() }),
    CommandResult,
  ),
  mergeCategories: def(
    'command',
    z.object({ commandId: CommandId, from: CategoryPath, into: CategoryPath }),
    CommandResult,
  ),
  archiveCategory: def('command', z.object({ commandId: CommandId, category: CategoryPath }), CommandResult),
  /** "Payee is" or "description contains" → category (and payee). */
  addRule: def(
    'command',
    z
      .object({
        commandId: CommandId,
        payee: PayeeName.optional(),
        descriptionContains: Description.pipe(
          z.string().min(1, 'The text to look for is required'),
        ).optional(),
        category: CategoryPath,
        setPayee: PayeeName.optional(),
      })
      .refine(
        (v) => (v.payee === undefined) !== (v.descriptionContains === undefined),
        'A rule matches either a payee or a description text',
      ),
    CommandResult.extend({ ruleId: Id }),
  ),
  /** Writes the recategorizations `previewRule` lists, in one transaction (one batch id). */
  applyRule: def(
    'command',
    z.object({ commandId: CommandId, ruleId: Id }),
    CommandResult.extend({ changed: z.number().int(), batchId: z.string().nullable() }),
  ),

  // Queries: read projections only, never the log (except getEvent and as-of).
  categories: def('query', z.object({ includeArchived: z.boolean().default(false) }), z.array(CategoryView)),
  rules: def('query', z.object({}), z.array(RuleView)),
  /**
   * The payees movements named, for autocomplete: those whose name starts with `prefix` (case- and
   * accent-insensitive), most used first; each with its latest movement's category.
   */
  payees: def(
    'query',
    z.object({ prefix: z.string().max(200).optional(), limit: PageLimit }),
    z.array(PayeeView),
  ),
  /** What applying a rule to past movements would change (read from the log). */
  previewRule: def('query', z.object({ ruleId: Id }), z.array(RuleChange)),
  /** Movements matching a query (src-shared/search-query.ts), newest first by value date. */
  search: def('query', z.object({ query: z.string().max(1000), limit: PageLimit }), z.array(MovementView)),
  /** Sum per category of the movements dated in [from, to] (signed: money out negative). */
  reportCategories: def(
    'query',
    z.object({ from: CalendarDate, to: CalendarDate }),
    z.array(CategoryReportRow),
  ),
  /** The same sums per value month: income and expense by category, month by month. */
  reportMonthly: def(
    'query',
    z.object({ from: CalendarDate, to: CalendarDate }),
    z.array(MonthlyCategoryRow),
  ),
  /** Balance per currency at each month end (by value date). */
  reportNetWorth: def(
    'query',
    z.object({ from: CalendarDate.optional(), to: CalendarDate.optional() }),
    z.array(NetWorthRow),
  ),
  listAccounts: def('query', z.object({}), z.array(AccountSummary)),
  getAccount: def('query', z.object({ accountId: Id }), AccountSummary),
  /**
   * The log's entries newest first, by value date (`order: 'date'`, the books) or as recorded.
   * Keyset-paged: `before` (a position) or `cursor` (from the previous page's `next`).
   */
  timeline: def(
    'query',
    TimelineFilter.extend({
      order: TimelineOrder.default('recorded'),
      before: Position.optional(),
      cursor: TimelineCursor.optional(),
      /** Skip this many matching rows (in the page's order) before the page: a scrollbar jump. */
      offset: Position.optional(),
      limit: PageLimit,
    }),
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
  /**
   * Every account's balance as the ledger stood at a position or a moment of the log, or on a
   * value date (`date`), as recorded now or as known at `knownAt`.
   */
  balancesAsOf: def(
    'query',
    z
      .object({
        position: Position.optional(),
        time: z.iso.datetime().optional(),
        date: CalendarDate.optional(),
        knownAt: z.iso.datetime({ offset: true }).optional(),
      })
      // A date reads the books on that value date, as recorded now or as known at a moment
      // (knownAt) or a position of the log; position and time alone read the log's own axis.
      .refine(
        (v) =>
          v.date !== undefined
            ? v.time === undefined && (v.knownAt === undefined || v.position === undefined)
            : (v.position === undefined) !== (v.time === undefined) && v.knownAt === undefined,
        'Give one of a position, a time or a date (a date may add one "known at" time or position)',
      ),
    AsOfBalances,
  ),
  ledgerInfo: def('query', z.object({}), LedgerInfo),
  /**
   * Switches the app (or browser mode) to a freshly generated demo ledger in a temporary file;
   * the page then reloads against it. Hosts without a window (the CLI) refuse it.
   */
  openDemoLedger: def('operation', z.object({}), z.object({ path: z.string() })),

  // Operations: long or file-level work.
  verifyLedger: def('operation', z.object({}), VerificationReport),
  /** Stops the running verification; the previous report stays the last one. */
  cancelVerification: def('operation', z.object({}), z.object({ cancelled: z.boolean() })),
  verificationStatus: def('query', z.object({}), VerificationProgress),
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
  /** Bank statement import: every parsed line classified, nothing written (a dry run). */
  previewStatement: def('operation', StatementFileInput, StatementPreview),
  /** Writes every new line (and the kept likely duplicates) as one import batch. */
  commitStatement: def('operation', StatementCommitInput, StatementPreview),
  /** Stops the running preview or import (its one transaction rolls back: nothing written). */
  cancelStatementImport: def('operation', z.object({}), z.object({ cancelled: z.boolean() })),
  /** The CSV profiles saved for an account (by name). */
  csvProfiles: def('query', z.object({ accountId: Id }), z.array(CsvProfileView)),
  /** The statement import batches, newest first (one account's, or all). */
  imports: def('query', z.object({ accountId: Id.optional() }), z.array(ImportBatchView)),
  /** What the account's reconciliations cleared (a movement before a reconciliation in the log, dated on or before it). */
  clearedBalance: def('query', z.object({ accountId: Id }), ClearedBalance),
  /** Appends a correction for every movement of an import batch; nothing is deleted. */
  undoImport: def('operation', z.object({ batchId: z.string().min(1).max(100) }), UndoImportResult),
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

/** Where a statement preview or import in the import worker is (the importProgress push). */
export const ImportProgress = z.object({
  kind: z.enum(['preview', 'commit']),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** Reading the file, checking each line against the ledger, writing the new ones. */
  phase: z.enum(['parsing', 'checking', 'writing']),
  /** Lines of the phase done, of `total`. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** The whole job, 0 to 100. */
  percent: z.number().min(0).max(100),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/** Messages the main process pushes to the renderer. */
export const pushSchemas = {
  ledgerChanged: z.object({ position: Position }),
  rebuildProgress: RebuildStatus,
  /** A full verification in the worker (Verify, or the daily background one). */
  verificationProgress: VerificationProgress,
  /** A statement preview or import running off the main thread (see previewStatement). */
  importProgress: ImportProgress,
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
