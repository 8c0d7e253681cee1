// Bank statement import: parse (src-main/statements), classify each line (new / duplicate /
// needs attention / refused), then write every new line as a deposit or withdrawal through the
// ordinary command handlers, all in ONE unit of work, each event carrying the import batch id in
// its metadata. Idempotent: each line has a deterministic command id (the bank's own id when the
// file has one, else a fingerprint plus its occurrence in the file), so re-importing the same or
// an overlapping statement adds nothing. `undoImport` appends a correction for every movement of
// a batch; nothing is deleted.
import { createHash, randomUUID } from 'node:crypto';
import { LedgerError } from '../../src-shared/errors';
import type { StoredEvent } from '../../src-shared/events';
import { toDecimalString, type Money } from '../../src-shared/money';
import { domainError } from '../domain/domain-error';
import type { Ledger } from '../ledger';
import type { EventStore } from '../eventstore/types';
import type { LedgerStorage } from '../storage/ledger-storage';
import { findLikelyDuplicates, parseStatement, type ParseStatementOptions } from '../statements/index';
import type { CsvColumnMap } from '../statements/csv-options';
import type { DateFormat } from '../statements/dates';
import type {
  DecimalSeparator,
  EncodingName,
  ParsedStatement,
  StatementFormat,
  StatementLine,
} from '../statements/types';
import { commands } from './commands';

export interface ImportStatementOptions {
  accountId: string;
  bytes: Uint8Array;
  /** Breaks a tie in format detection. */
  fileName?: string;
  format?: StatementFormat | 'auto';
  encoding?: EncodingName;
  csv?: ParseStatementOptions['csv'];
  qif?: ParseStatementOptions['qif'];
  /** Classify only; write nothing. */
  dryRun?: boolean;
  /** Lines before the opening date: move the opening date back (else the import is refused). */
  moveOpeningDate?: boolean;
  /** Import lines that look like a movement entered by hand (else they are left out). */
  keepLikelyDuplicates?: boolean;
  /** Indexes (in the result's `lines`) of likely duplicates to import; the others are left out. */
  keepLines?: readonly number[];
  /** Import even when the file names another bank account than earlier imports into this one. */
  acceptOtherAccount?: boolean;
  /** The batch id to record (a fresh UUID by default). */
  batchId?: string;
}

export type LineStatus = 'new' | 'duplicate' | 'attention' | 'refused';

export interface ImportLine {
  line: StatementLine;
  commandId: string;
  status: LineStatus;
  /** Why a line needs attention or is refused. */
  reason?: 'before_opening' | 'likely_duplicate' | 'zero_amount';
  /** The hand-entered movement a likely duplicate resembles. */
  likelyDuplicateOf?: string;
}

export interface ImportStatementResult {
  /** Null when nothing was written (a dry run, or nothing new). */
  batchId: string | null;
  format: StatementFormat;
  new: number;
  duplicates: number;
  /** Lines needing attention that were left out (likely duplicates of hand entries). */
  attention: number;
  refused: number;
  lines: ImportLine[];
  statementBalance: { amount: Money; date: string } | null;
  /** The file's closing balance minus the account's balance on that date (after the import). */
  difference: Money | null;
  /** The opening date was moved back to this date (or would be, on a dry run). */
  openingDateMovedTo: string | null;
  notes: string[];
  /** Last position written, or the head when nothing was. */
  position: number;
}

/** What an import needs of a ledger: the Ledger itself, or the import worker's own connection. */
export interface ImportHost {
  readonly storage: Pick<LedgerStorage, 'read' | 'meta'>;
  readonly store: EventStore;
  executeAll: Ledger['executeAll'];
}

/** Where a long import is: reading the file, checking for duplicates, writing. */
export type ImportPhase = 'parsing' | 'checking' | 'writing';

export interface ImportHooks {
  /** Called at each phase's start and every few lines while writing (`done` of `total`). */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** Polled between lines: true stops the import; the one transaction rolls back, nothing is written. */
  isCancelled?: () => boolean;
}

/** How many lines are written between two progress reports (and cancel checks by the caller). */
export const PROGRESS_EVERY = 250;

function checkCancelled(hooks: ImportHooks): void {
  if (hooks.isCancelled?.())
    throw new LedgerError('cancelled', 'The import was cancelled; nothing was written', 'import_cancelled');
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The deterministic command id of each line (the store's command-id index finds re-imports). */
export function lineCommandIds(accountId: string, lines: readonly StatementLine[]): string[] {
  const occurrences = new Map<string, number>();
  return lines.map((l) => {
    if (l.bankRef !== undefined) return `stmt-${sha(`${accountId}\0ref\0${l.bankRef}`).slice(0, 48)}`;
    const key = [
      accountId,
      l.valueDate,
      l.amount.currency,
      l.amount.minor,
      l.payee ?? '',
      l.description ?? '',
    ].join('\0');
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return `stmt-${sha(`${key}\0fp\0${n}`).slice(0, 48)}`;
  });
}

/** Payee and description in the event's one description field, within its 500 characters. */
function movementText(l: StatementLine): string | undefined {
  const text = [l.payee, l.description].filter((s) => s !== undefined && s !== '').join(' — ');
  if (text === '') return undefined;
  return [...text].length > 500 ? `${[...text].slice(0, 499).join('')}…` : text;
}

export function importStatement(
  ledger: ImportHost,
  o: ImportStatementOptions,
  hooks: ImportHooks = {},
): ImportStatementResult {
  const account = ledger.storage.read.getAccount(o.accountId);
  hooks.onProgress?.('parsing', 0, 0);
  const parsed: ParsedStatement = parseStatement(o.bytes, {
    currency: account.currency,
    ...(o.format ? { format: o.format } : {}),
    ...(o.fileName ? { fileName: o.fileName } : {}),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.csv ? { csv: o.csv } : {}),
    ...(o.qif ? { qif: o.qif } : {}),
  });
  if (parsed.currency !== undefined && parsed.currency !== account.currency) {
    throw new LedgerError(
      'validation',
      `The statement is in ${parsed.currency}, the account in ${account.currency}`,
      'currency_mismatch',
    );
  }
  for (const l of parsed.lines) {
    if (l.amount.currency !== account.currency) {
      throw new LedgerError(
        'validation',
        `Line ${l.source.line}${l.source.element ? ` (${l.source.element})` : ''}: the amount is in ${l.amount.currency}, the account in ${account.currency}`,
        'currency_mismatch',
        { ...l.source },
      );
    }
  }

  checkCancelled(hooks);
  hooks.onProgress?.('checking', 0, parsed.lines.length);
  const ids = lineCommandIds(o.accountId, parsed.lines);
  const store = ledger.store;
  const stream = store.readStream(o.accountId);
  const statementAccount = identityOf(parsed.account);
  const previousAccount = stream.findLast((e) => e.metadata.statementAccount !== undefined)?.metadata
    .statementAccount;
  if (statementAccount && previousAccount && statementAccount !== previousAccount && !o.acceptOtherAccount) {
    throw domainError(
      'other_bank_account',
      `The statement is for ${statementAccount}, but earlier imports into this account were for ${previousAccount}; ` +
        'import anyway only if that is right (--yes)',
      { statementAccount, previousAccount },
    );
  }
  const seen = new Set<string>();
  const lines: ImportLine[] = parsed.lines.map((line, i) => {
    if (i % PROGRESS_EVERY === 0 && i > 0) {
      checkCancelled(hooks);
      hooks.onProgress?.('checking', i, parsed.lines.length);
    }
    const commandId = ids[i]!;
    const repeated = seen.has(commandId);
    seen.add(commandId);
    if (repeated || store.findByCommandId(commandId).length > 0)
      return { line, commandId, status: 'duplicate' };
    if (line.amount.minor === 0) return { line, commandId, status: 'refused', reason: 'zero_amount' };
    if (line.valueDate < account.openingDate)
      return { line, commandId, status: 'attention', reason: 'before_opening' };
    return { line, commandId, status: 'new' };
  });

  // Likely duplicates of movements typed by hand (imported ones are found by their command id).
  const candidates = lines.filter((l) => l.status === 'new' || l.reason === 'before_opening');
  for (const d of findLikelyDuplicates(
    candidates.map((c) => c.line),
    handEntries(stream),
  )) {
    const c = candidates[d.lineIndex]!;
    if (c.status === 'new') {
      c.status = 'attention';
      c.reason = 'likely_duplicate';
    }
    c.likelyDuplicateOf = d.eventId;
  }

  const early = lines.filter((l) => l.reason === 'before_opening');
  if (early.length > 0 && !o.moveOpeningDate) {
    const first = early[0]!.line;
    throw domainError(
      'before_opening',
      `Line ${first.source.line}: ${early.length} statement line(s) are dated before the account's opening date ` +
        `${account.openingDate} (the first on ${first.valueDate}); use --move-opening-date to move it back`,
      { openingDate: account.openingDate, valueDate: first.valueDate, line: first.source.line },
    );
  }
  const openingDateMovedTo =
    early.length > 0 ? early.map((l) => l.line.valueDate).reduce((a, b) => (a < b ? a : b)) : null;
  for (const l of early) {
    if (l.likelyDuplicateOf) l.status = 'attention';
    else l.status = 'new';
  }
  const keep = new Set(o.keepLines ?? []);
  const toWrite = lines.filter(
    (l, i) =>
      l.status === 'new' || ((o.keepLikelyDuplicates || keep.has(i)) && l.reason === 'likely_duplicate'),
  );
  for (const l of toWrite) l.status = 'new';

  const count = (s: LineStatus) => lines.filter((l) => l.status === s).length;
  const statementBalance = parsed.closingBalance ?? null;
  const base = {
    format: parsed.format,
    new: toWrite.length,
    duplicates: count('duplicate'),
    attention: count('attention'),
    refused: count('refused'),
    lines,
    statementBalance,
    openingDateMovedTo,
    notes: parsed.notes,
  };

  if (o.dryRun || toWrite.length === 0) {
    // The balance the import would leave on the statement's date.
    const moved = toWrite
      .filter((l) => statementBalance && l.line.valueDate <= statementBalance.date)
      .reduce((s, l) => s + l.line.amount.minor, 0);
    // Moving the opening date back moves the opening balance with it, maybe to before the date.
    const opened = stream.find((e) => e.eventType === 'AccountCreated');
    const openingBalance =
      opened?.eventType === 'AccountCreated' &&
      statementBalance &&
      openingDateMovedTo !== null &&
      openingDateMovedTo <= statementBalance.date &&
      account.openingDate > statementBalance.date
        ? opened.data.openingBalance.minor
        : 0;
    const pending = moved + openingBalance;
    return {
      ...base,
      batchId: null,
      difference: differenceOf(ledger, o.accountId, statementBalance, pending),
      position: store.headPosition(),
    };
  }

  const batchId = o.batchId ?? randomUUID();
  const meta = {
    importBatchId: batchId,
    correlationId: batchId,
    ...(statementAccount ? { statementAccount } : {}),
    ...(o.fileName ? { importFile: [...o.fileName].slice(0, 200).join('') } : {}),
    importFormat: parsed.format,
  };
  // Deposits first, then withdrawals (each in file order): the overdraft rule counts every entry
  // whatever its date, so the order within one statement must not decide whether it imports.
  const ordered = [
    ...toWrite.filter((l) => l.line.amount.minor > 0),
    ...toWrite.filter((l) => l.line.amount.minor < 0),
  ];
  checkCancelled(hooks);
  hooks.onProgress?.('writing', 0, ordered.length);
  const position = ledger.executeAll((run) => {
    let last = store.headPosition();
    if (openingDateMovedTo !== null) {
      last = run(
        'setOpeningDate',
        commands.setOpeningDate,
        {
          commandId: `stmt-open-${sha(`${batchId}\0open`).slice(0, 40)}`,
          accountId: o.accountId,
          openingDate: openingDateMovedTo,
        },
        meta,
      ).position;
    }
    for (const [i, l] of ordered.entries()) {
      if (i % PROGRESS_EVERY === 0 && i > 0) {
        // Inside the one transaction: a cancel throws, and the whole import rolls back.
        checkCancelled(hooks);
        hooks.onProgress?.('writing', i, ordered.length);
      }
      const amount = toDecimalString({ ...l.line.amount, minor: Math.abs(l.line.amount.minor) });
      const description = movementText(l.line);
      const input = {
        commandId: l.commandId,
        accountId: o.accountId,
        amount,
        valueDate: l.line.valueDate,
        ...(description !== undefined ? { description } : {}),
      };
      try {
        last =
          l.line.amount.minor > 0
            ? run('deposit', commands.deposit, input, meta).position
            : run('withdraw', commands.withdraw, input, meta).position;
      } catch (e) {
        if (e instanceof LedgerError)
          throw new LedgerError(e.code, `Line ${l.line.source.line}: ${e.message}`, e.reason, {
            ...e.details,
            line: l.line.source.line,
          });
        throw e;
      }
    }
    checkCancelled(hooks);
    return last;
  });
  hooks.onProgress?.('writing', ordered.length, ordered.length);
  return { ...base, batchId, difference: differenceOf(ledger, o.accountId, statementBalance, 0), position };
}

/** "IBAN DE89…", or "account 123 at bank 456": what identifies the bank's account. */
function identityOf(a: ParsedStatement['account']): string | undefined {
  if (!a) return undefined;
  if (a.iban) return `IBAN ${a.iban.replace(/\s+/g, '').toUpperCase()}`;
  if (a.accountNumber) return `account ${a.accountNumber}${a.bankId ? ` at bank ${a.bankId}` : ''}`;
  return undefined;
}

function differenceOf(
  ledger: ImportHost,
  accountId: string,
  closing: { amount: Money; date: string } | null,
  pending: number,
): Money | null {
  if (!closing) return null;
  const asOf = ledger.storage.read.balancesAsOf({ date: closing.date });
  const balance = asOf.accounts.find((a) => a.accountId === accountId)?.balance.minor ?? 0;
  return { minor: closing.amount.minor - (balance + pending), currency: closing.amount.currency };
}

/** Deposits and withdrawals of the account not written by an import and not corrected. */
function handEntries(stream: readonly StoredEvent[]) {
  const corrected = new Set(
    stream.flatMap((e) => (e.eventType === 'MovementCorrected' ? [e.data.correctedEventId] : [])),
  );
  return stream.flatMap((e) =>
    (e.eventType === 'MoneyDeposited' || e.eventType === 'MoneyWithdrawn') &&
    e.metadata.importBatchId === undefined &&
    !corrected.has(e.eventId)
      ? [
          {
            eventId: e.eventId,
            valueDate: e.data.valueDate,
            amount: {
              ...e.data.amount,
              minor: e.eventType === 'MoneyDeposited' ? e.data.amount.minor : -e.data.amount.minor,
            },
            ...(e.data.description ? { description: e.data.description } : {}),
          },
        ]
      : [],
  );
}

export interface UndoImportResult {
  batchId: string;
  /** Movements reversed now. */
  reversed: number;
  position: number;
}

/** Appends a correction for every movement of the batch, in one unit of work. */
export function undoImport(ledger: Ledger, batchId: string): UndoImportResult {
  const store = ledger.store;
  const movements = [...store.readAll(0, { types: ['MoneyDeposited', 'MoneyWithdrawn'] })].filter(
    (e) => e.metadata.importBatchId === batchId,
  );
  if (movements.length === 0)
    throw new LedgerError('not_found', `No import batch ${batchId}`, 'unknown_batch');
  const correctedIds = new Set<string>();
  for (const accountId of new Set(movements.map((m) => m.aggregateId))) {
    for (const e of store.readStream(accountId))
      if (e.eventType === 'MovementCorrected') correctedIds.add(e.data.correctedEventId);
  }
  const open = movements.filter((m) => !correctedIds.has(m.eventId));
  if (open.length === 0)
    throw domainError('already_undone', `The import ${batchId} has already been undone`, { batchId });
  // Give money back before taking it: corrections of withdrawals first.
  const ordered = [
    ...open.filter((m) => m.eventType === 'MoneyWithdrawn'),
    ...open.filter((m) => m.eventType === 'MoneyDeposited'),
  ];
  const position = ledger.executeAll((run) => {
    let last = store.headPosition();
    for (const m of ordered) {
      last = run(
        'correctMovement',
        commands.correctMovement,
        {
          commandId: `undo-${sha(`${batchId}\0${m.eventId}`).slice(0, 48)}`,
          eventId: m.eventId,
          reason: `Undo import ${batchId}`,
        },
        { correlationId: batchId },
      ).position;
    }
    return last;
  });
  return { batchId, reversed: ordered.length, position };
}

/** A CSV mapping kept under a name, per account (`--save-profile`, `--profile`). */
export interface CsvProfile {
  map: CsvColumnMap;
  dateFormat?: DateFormat;
  decimal?: DecimalSeparator;
  delimiter?: string;
  encoding?: EncodingName;
}

const profileKey = (accountId: string, name: string) => `csv_profile:${accountId}:${name}`;

function checkProfileName(name: string): string {
  const n = name.trim();
  if (n === '' || n.length > 100)
    throw new LedgerError('validation', 'A profile name is 1 to 100 characters', 'invalid_profile');
  return n;
}

/** The names of an account's profiles, kept beside them (the meta store has no listing). */
const profileListKey = (accountId: string) => `csv_profiles:${accountId}`;

/** The account's most recently saved profile (preferred when a file fits several). */
export const lastProfileKey = (accountId: string) => `csv_profile_last:${accountId}`;

export function saveCsvProfile(ledger: Ledger, accountId: string, name: string, profile: CsvProfile): void {
  ledger.storage.read.getAccount(accountId);
  const n = checkProfileName(name);
  ledger.storage.meta.set(profileKey(accountId, n), profile);
  const names = ledger.storage.meta.get<string[]>(profileListKey(accountId)) ?? [];
  if (!names.includes(n)) ledger.storage.meta.set(profileListKey(accountId), [...names, n].sort());
  ledger.storage.meta.set(lastProfileKey(accountId), n);
}

/** The account's saved profiles, by name (profiles saved before the list was kept are not listed). */
export function listCsvProfiles(ledger: Ledger, accountId: string): Array<CsvProfile & { name: string }> {
  ledger.storage.read.getAccount(accountId);
  const names = ledger.storage.meta.get<string[]>(profileListKey(accountId)) ?? [];
  return names.flatMap((name) => {
    const p = ledger.storage.meta.get<CsvProfile>(profileKey(accountId, name));
    return p ? [{ ...p, name }] : [];
  });
}

export function loadCsvProfile(ledger: Ledger, accountId: string, name: string): CsvProfile {
  const p = ledger.storage.meta.get<CsvProfile>(profileKey(accountId, checkProfileName(name)));
  if (!p) throw new LedgerError('not_found', `No CSV profile "${name}" for this account`, 'unknown_profile');
  return p;
}
