// The app's side of bank statement import: the contract's previewStatement / commitStatement /
// undoImport over application/import-statement.ts. The file arrives as base64 (bounded by the
// contract); the CSV settings are the ones given, else the account's saved profile, else what
// sniffCsv sees in the file. The IPC wrapper and the browser-mode bridge both reach these through
// ledger.invoke, so there is one path for both.
//
// Preview and commit run in the import worker (src-main/workers/import-worker.ts) on its own
// connection, so a 100,000-line statement never blocks the main process: progress is pushed as
// `importProgress`, and cancelStatementImport stops it (the commit's one transaction rolls back,
// nothing is written). Once the worker has committed, this thread hands the new events to the
// dispatcher and tells the renderer (`ledgerChanged`), as its own commands do; the read model is
// SQLite tables both connections share, so nothing else here needs refreshing. A ledger whose
// open-time chain check failed runs in this thread, where writes are refused as usual.
import {
  MAX_STATEMENT_FILE_BYTES,
  type CsvProfileView,
  type StatementFileInput,
  type StatementPreview,
  type UndoImportResult,
} from '../../src-shared/operations';
import type { ImportProgress } from '../../src-shared/contract';
import { todayIn } from '../../src-shared/dates';
import { LedgerError } from '../../src-shared/errors';
import type { StoredEvent } from '../../src-shared/events';
import type { Ledger } from '../ledger';
import { runImport, type ImportRun } from '../workers/import-runner';
import type { CsvColumnMap } from '../statements/index';
import { profileOf, resolveStatementSettings, type ResolvedStatementSettings } from './statement-settings';
import {
  importStatement,
  listCsvProfiles,
  saveCsvProfile,
  undoImport,
  type ImportStatementOptions,
  type ImportPhase,
  type ImportStatementResult,
} from './import-statement';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeFile(contentBase64: string): Uint8Array {
  const text = contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 === 1)
    throw new LedgerError('validation', 'The file content is not valid base64', 'invalid_file_content');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > MAX_STATEMENT_FILE_BYTES)
    throw new LedgerError(
      'validation',
      `The file is larger than ${MAX_STATEMENT_FILE_BYTES / 1024 / 1024} MB; split the statement or use the CLI`,
      'file_too_large',
    );
  if (bytes.length === 0) throw new LedgerError('validation', 'The file is empty', 'empty_file');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

interface Prepared {
  options: ImportStatementOptions;
  settings: ResolvedStatementSettings;
}

function prepare(ledger: Ledger, input: StatementFileInput): Prepared {
  const o = input.options ?? {};
  const bytes = decodeFile(input.contentBase64);
  ledger.storage.read.getAccount(input.accountId); // not_found before any parsing
  const fileName = input.fileName.split(/[\\/]/).pop() ?? '';
  const settings = resolveStatementSettings(ledger, input.accountId, bytes, fileName, {
    ...(o.format ? { format: o.format } : {}),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.profile !== undefined ? { profile: o.profile } : {}),
    ...(o.map ? { map: o.map as Partial<CsvColumnMap> } : {}),
    ...(o.dateFormat !== undefined ? { dateFormat: o.dateFormat } : {}),
    ...(o.decimal ? { decimal: o.decimal } : {}),
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
  });
  return {
    settings,
    options: {
      accountId: input.accountId,
      bytes,
      ...(fileName ? { fileName } : {}),
      format: settings.format,
      ...(settings.encoding ? { encoding: settings.encoding } : {}),
      ...(settings.csv ? { csv: settings.csv } : {}),
      ...(o.moveOpeningDate ? { moveOpeningDate: true } : {}),
      ...(o.acceptOtherAccount ? { acceptOtherAccount: true } : {}),
    },
  };
}

function toPreview(r: ImportStatementResult, csv: StatementPreview['csv']): StatementPreview {
  return {
    batchId: r.batchId,
    format: r.format,
    counts: { new: r.new, duplicates: r.duplicates, attention: r.attention, refused: r.refused },
    lines: r.lines.map((l, index) => ({
      index,
      fileLine: l.line.source.line,
      valueDate: l.line.valueDate,
      amount: l.line.amount,
      payee: l.line.payee ?? null,
      description: l.line.description ?? null,
      status: l.status,
      reason: l.reason ?? null,
      likelyDuplicateOf: l.likelyDuplicateOf ?? null,
    })),
    statementBalance: r.statementBalance,
    difference: r.difference,
    openingDateMovedTo: r.openingDateMovedTo,
    notes: r.notes,
    csv,
    position: r.position,
  };
}

/** Options of the off-thread path (tests and the bench). */
export interface ImportJobOptions {
  /** Called on this thread for each progress message (after the push). */
  onProgress?: (p: ImportProgress) => void;
  /** The worker waits for each onProgress to return: a test can cancel at an exact point. */
  lockstep?: boolean;
  /** Run in this thread instead (the CLI does; so does a ledger whose chain check failed). */
  inThread?: boolean;
  workerPath?: string;
}

/** Share of the whole job each phase takes (measured on a 30,000-line CSV: 1.2 s, 0.5 s, 22 s). */
const WEIGHTS: Record<'preview' | 'commit', Record<ImportPhase, [number, number]>> = {
  preview: { parsing: [0, 70], checking: [70, 100], writing: [100, 100] },
  commit: { parsing: [0, 5], checking: [5, 8], writing: [8, 100] },
};

function percentOf(kind: 'preview' | 'commit', phase: ImportPhase, done: number, total: number): number {
  const [from, to] = WEIGHTS[kind][phase];
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return Math.round((from + (to - from) * share) * 10) / 10;
}

const running = new WeakMap<Ledger, ImportRun>();

const committing = new WeakSet<Ledger>();

/**
 * While the import worker writes, the file's write lock is its own for the whole transaction: a
 * command of this thread would wait for it (freezing the window up to the busy timeout) and then
 * fail as if another program held the file. Writes are refused at once instead (handlers.ts).
 */
export function assertNoImportWriting(ledger: Ledger): void {
  if (committing.has(ledger))
    throw new LedgerError(
      'conflict',
      'A statement import is being written; try again when it has finished (nothing was written)',
      'import_running',
    );
}

/** Cancels the ledger's running preview or import; false when none runs. */
export function cancelStatementImport(ledger: Ledger): { cancelled: boolean } {
  const run = running.get(ledger);
  if (!run) return { cancelled: false };
  run.cancel();
  return { cancelled: true };
}

async function runJob(
  ledger: Ledger,
  kind: 'preview' | 'commit',
  options: ImportStatementOptions,
  job: ImportJobOptions,
): Promise<ImportStatementResult> {
  let last: ImportProgress = { kind, state: 'running', phase: 'parsing', done: 0, total: 0, percent: 0 };
  const report = (p: ImportProgress) => {
    last = p;
    ledger.push('importProgress', p);
    job.onProgress?.(p);
  };
  const inThread = () => {
    const result = importStatement(ledger, options, {
      onProgress: (phase, done, total) =>
        report({ kind, state: 'running', phase, done, total, percent: percentOf(kind, phase, done, total) }),
    });
    report({ ...last, state: 'done', percent: 100 });
    return result;
  };
  if (job.inThread || !ledger.integrity().ok) return inThread();
  if (running.has(ledger))
    throw new LedgerError('conflict', 'A statement import is already running', 'import_running');
  const head = ledger.store.headPosition();
  const run = runImport({
    dbPath: ledger.path,
    ...(job.workerPath ? { workerPath: job.workerPath } : {}),
    appVersion: ledger.appVersion,
    today: todayIn(),
    options,
    ...(job.lockstep ? { lockstep: true } : {}),
    onProgress: (phase, done, total) =>
      report({ kind, state: 'running', phase, done, total, percent: percentOf(kind, phase, done, total) }),
  });
  running.set(ledger, run);
  if (kind === 'commit') committing.add(ledger);
  report(last);
  try {
    const { result } = await run.done;
    if (result.batchId !== null) {
      // Written by the worker's connection: this thread's subscribers and the renderer hear of
      // the events as they do after one of its own commands.
      // In pages, with the event loop free in between (a big import is many events).
      let page: StoredEvent[] = [];
      for (const e of ledger.store.readAll(head)) {
        if (e.position > result.position) break;
        if (e.metadata.importBatchId === result.batchId) page.push(e);
        if (page.length >= 2000) {
          ledger.dispatcher.dispatch(page);
          page = [];
          await new Promise((r) => setImmediate(r));
        }
      }
      ledger.dispatcher.dispatch(page);
      ledger.push('ledgerChanged', { position: result.position });
    }
    report({ ...last, state: 'done', percent: 100 });
    return result;
  } catch (e) {
    // A worker that could not start (or load its code) wrote nothing: the import runs here,
    // as the verification does when its worker is unavailable.
    if (e instanceof LedgerError && e.reason === 'worker_unavailable') {
      console.warn('Import worker unavailable; importing in this thread:', e.message);
      running.delete(ledger);
      committing.delete(ledger);
      return inThread();
    }
    const cancelled = e instanceof LedgerError && e.code === 'cancelled';
    report({ ...last, state: cancelled ? 'cancelled' : 'failed' });
    throw e;
  } finally {
    running.delete(ledger);
    committing.delete(ledger);
  }
}

export async function previewStatement(
  ledger: Ledger,
  input: StatementFileInput,
  job: ImportJobOptions = {},
): Promise<StatementPreview> {
  const p = prepare(ledger, input);
  return toPreview(await runJob(ledger, 'preview', { ...p.options, dryRun: true }, job), p.settings.view);
}

export async function commitStatement(
  ledger: Ledger,
  input: StatementFileInput & { keep: readonly number[] },
  job: ImportJobOptions = {},
): Promise<StatementPreview> {
  const p = prepare(ledger, input);
  const saveAs = input.options?.saveProfile;
  if (saveAs !== undefined && !p.settings.csv)
    throw new LedgerError('validation', 'Only a CSV mapping can be saved as a profile', 'not_csv');
  const result = toPreview(
    await runJob(ledger, 'commit', { ...p.options, keepLines: input.keep }, job),
    p.settings.view,
  );
  // The settings the import used (the CLI's --save-profile keeps the same).
  const profile = profileOf(p.settings);
  if (saveAs !== undefined && profile) saveCsvProfile(ledger, input.accountId, saveAs, profile);
  return result;
}

/** The csvProfiles query: the account's saved CSV profiles. */
export function csvProfiles(ledger: Ledger, accountId: string): CsvProfileView[] {
  return listCsvProfiles(ledger, accountId).map((p) => ({
    name: p.name,
    map: Object.fromEntries(Object.entries(p.map).filter(([, v]) => v !== undefined)) as Record<
      string,
      string | number
    >,
    dateFormat: p.dateFormat ?? null,
    decimal: p.decimal ?? null,
    delimiter: p.delimiter ?? null,
    encoding: p.encoding ?? null,
  }));
}

export function undoStatementImport(ledger: Ledger, batchId: string): UndoImportResult {
  return undoImport(ledger, batchId);
}
