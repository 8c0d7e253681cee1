// What the long operations and the ledger's status answer: verification, rebuilds, backups.
import { z } from 'zod';
import { CalendarDate } from './dates';
import { Money } from './money';
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

/**
 * A verification running in the worker (the verificationProgress push, the verificationStatus
 * query): the chain phase walks every event's hash, the projections phase folds the log aside and
 * compares. A cancelled or failed run leaves the previous report in place.
 */
export const VerificationProgress = z.object({
  state: z.enum(['idle', 'running', 'done', 'cancelled', 'failed']),
  phase: z.enum(['chain', 'projections']),
  /** Events of the phase done, of `total` (0 while counting). */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Started by the schedule (the last full verification was more than a day old). */
  background: z.boolean(),
  error: z.string().nullable(),
});
export type VerificationProgress = z.infer<typeof VerificationProgress>;

/** What the chain check on opening the file found; writes are refused while not ok. */
export const LedgerIntegrity = z.object({
  ok: z.boolean(),
  /** First position found broken (or the first missing one). */
  brokenAt: Position.nullable(),
  message: z.string(),
  /** The log ends before the head this app last saw: these positions are gone. */
  missing: z.object({ from: Position, to: Position }).nullable(),
});
export type LedgerIntegrity = z.infer<typeof LedgerIntegrity>;

export const LedgerInfo = z.object({
  path: z.string(),
  eventCount: z.number().int(),
  headPosition: Position,
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  lastVerification: VerificationReport.nullable(),
  integrity: LedgerIntegrity,
});
export type LedgerInfo = z.infer<typeof LedgerInfo>;

export const ProjectionName = z.enum([
  'balances',
  'accounts',
  'timeline',
  'monthly_totals',
  'categories',
  'movements',
  'payees',
  'imports',
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

// Bank statement import (issue 16): the preview (a dry run), the commit, and its undo. The file
// crosses the boundary as base64, bounded so a huge or hostile upload is refused before parsing.

/** The largest statement file the app imports (the CLI reads bigger ones from disk). */
export const MAX_STATEMENT_FILE_BYTES = 20 * 1024 * 1024;
const MAX_STATEMENT_BASE64 = Math.ceil(MAX_STATEMENT_FILE_BYTES / 3) * 4;

export const StatementFormatChoice = z.enum(['auto', 'csv', 'ofx', 'qif', 'camt']);
export type StatementFormatChoice = z.infer<typeof StatementFormatChoice>;

/** The date formats a CSV import reads (src-main/statements/dates.ts parses them). */
export const CSV_DATE_FORMATS = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'DD.MM.YY',
  'MM/DD/YYYY',
  'MM/DD/YY',
  'DD/MM/YYYY',
  'DD/MM/YY',
  'DD-MM-YYYY',
  'MM-DD-YYYY',
  'YYYY/MM/DD',
  'YYYY.MM.DD',
  'YYYYMMDD',
] as const;

/** The encodings a statement can be read in. */
export const STATEMENT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;

const CsvColumnRef = z.union([z.string().trim().min(1).max(200), z.number().int().min(1).max(1000)]);

export const StatementImportOptions = z
  .object({
    format: StatementFormatChoice.optional(),
    encoding: z.enum(STATEMENT_ENCODINGS).optional(),
    /** A saved CSV mapping of this account (`import-statement --save-profile`). */
    profile: z.string().trim().min(1).max(100).optional(),
    /** CSV only: which column holds what (a header name or a 1-based number); detected when absent. */
    map: z
      .object({
        date: CsvColumnRef,
        amount: CsvColumnRef.optional(),
        debit: CsvColumnRef.optional(),
        credit: CsvColumnRef.optional(),
        payee: CsvColumnRef.optional(),
        description: CsvColumnRef.optional(),
        valueDate: CsvColumnRef.optional(),
        currency: CsvColumnRef.optional(),
      })
      .optional(),
    dateFormat: z.string().min(1).max(20).optional(),
    decimal: z.enum([',', '.']).optional(),
    delimiter: z.string().length(1).optional(),
    /** CSV only, on commit: keep the mapping and settings used as this account's profile NAME. */
    saveProfile: z.string().trim().min(1).max(100).optional(),
    /** Lines dated before the account's opening date: move the opening date back to the first. */
    moveOpeningDate: z.boolean().optional(),
    /** Import although the file names another bank account than earlier imports did. */
    acceptOtherAccount: z.boolean().optional(),
  })
  .strict();
export type StatementImportOptions = z.infer<typeof StatementImportOptions>;

/** A saved CSV profile of an account: its mapping and settings (the csvProfiles query). */
export const CsvProfileView = z.object({
  name: z.string(),
  map: z.record(z.string(), z.union([z.string(), z.number()])),
  dateFormat: z.string().nullable(),
  decimal: z.enum([',', '.']).nullable(),
  delimiter: z.string().nullable(),
  encoding: z.string().nullable(),
});
export type CsvProfileView = z.infer<typeof CsvProfileView>;

export const StatementFileInput = z.object({
  accountId: z.uuid(),
  fileName: z.string().max(500),
  contentBase64: z
    .string()
    .max(
      MAX_STATEMENT_BASE64,
      `The file is larger than ${MAX_STATEMENT_FILE_BYTES / 1024 / 1024} MB; split the statement or use the CLI`,
    ),
  options: StatementImportOptions.optional(),
});
export type StatementFileInput = z.infer<typeof StatementFileInput>;

export const StatementCommitInput = StatementFileInput.extend({
  /** Indexes (in `lines`) of likely duplicates of hand-entered movements to import anyway. */
  keep: z.array(z.number().int().min(0)).max(1_000_000).default([]),
});

export const StatementLineStatus = z.enum(['new', 'duplicate', 'attention', 'refused']);
export type StatementLineStatus = z.infer<typeof StatementLineStatus>;

export const StatementPreviewLine = z.object({
  /** Index in the preview's lines (what `keep` names). */
  index: z.number().int(),
  /** The file's own line number (the header is line 1). */
  fileLine: z.number().int(),
  valueDate: CalendarDate,
  amount: Money,
  payee: z.string().nullable(),
  description: z.string().nullable(),
  status: StatementLineStatus,
  reason: z.enum(['before_opening', 'likely_duplicate', 'zero_amount']).nullable(),
  /** The hand-entered movement (event id) a likely duplicate resembles. */
  likelyDuplicateOf: z.string().nullable(),
});
export type StatementPreviewLine = z.infer<typeof StatementPreviewLine>;

export const StatementPreview = z.object({
  /** Null on a preview, and when nothing was written. */
  batchId: z.string().nullable(),
  format: z.enum(['csv', 'ofx', 'qif', 'camt']),
  counts: z.object({
    new: z.number().int(),
    duplicates: z.number().int(),
    attention: z.number().int(),
    refused: z.number().int(),
  }),
  lines: z.array(StatementPreviewLine),
  statementBalance: z.object({ amount: Money, date: CalendarDate }).nullable(),
  /** The file's closing balance minus the account's balance on that date (after the import). */
  difference: Money.nullable(),
  openingDateMovedTo: CalendarDate.nullable(),
  notes: z.array(z.string()),
  /** CSV only: the columns found, and the mapping used. */
  csv: z
    .object({
      columns: z.array(z.string()),
      map: z.record(z.string(), z.union([z.string(), z.number()])),
      dateFormat: z.string().nullable(),
      decimal: z.string().nullable(),
      delimiter: z.string().nullable(),
      /** The encoding the file was read in. */
      encoding: z.string().nullable(),
      /** The account's saved profile used (named, or the last saved one the file's columns fit). */
      profile: z.string().nullable(),
    })
    .nullable(),
  position: Position,
});
export type StatementPreview = z.infer<typeof StatementPreview>;

/** One statement import batch (the `imports` query): what it wrote and whether it was undone. */
export const ImportBatchView = z.object({
  batchId: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  /** The file's name and format, when the import recorded them (imports before this did not). */
  fileName: z.string().nullable(),
  format: z.string().nullable(),
  /** Movements the batch wrote. */
  lines: z.number().int(),
  /** Their sum (money in minus money out). */
  total: Money,
  importedAt: z.iso.datetime(),
  /** The batch's last position in the log. */
  position: Position,
  /** Movements of the batch reversed since (undo-import, or corrections by hand). */
  reversed: z.number().int(),
  /** Every movement of the batch is reversed. */
  undone: z.boolean(),
});
export type ImportBatchView = z.infer<typeof ImportBatchView>;

/** An account's cleared balance: the sum of what its reconciliations cleared. */
export const ClearedBalance = z.object({
  accountId: z.string(),
  balance: Money,
  cleared: Money,
  /** balance − cleared. */
  uncleared: Money,
  /** The latest reconciliation's date, null before the first. */
  reconciledOn: CalendarDate.nullable(),
});
export type ClearedBalance = z.infer<typeof ClearedBalance>;

export const UndoImportResult = z.object({
  batchId: z.string(),
  reversed: z.number().int(),
  position: Position,
});
export type UndoImportResult = z.infer<typeof UndoImportResult>;
