// The app's side of bank statement import: the contract's previewStatement / commitStatement /
// undoImport over application/import-statement.ts. The file arrives as base64 (bounded by the
// contract); the CSV settings are the ones given, else the account's saved profile, else what
// sniffCsv sees in the file. The IPC wrapper and the browser-mode bridge both reach these through
// ledger.invoke, so there is one path for both.
import {
  MAX_STATEMENT_FILE_BYTES,
  type StatementFileInput,
  type StatementPreview,
  type UndoImportResult,
} from '../../src-shared/operations';
import { LedgerError } from '../../src-shared/errors';
import type { Ledger } from '../ledger';
import {
  DATE_FORMATS,
  detectFormat,
  sniffCsv,
  type CsvColumnMap,
  type DateFormat,
  type StatementFormat,
} from '../statements/index';
import {
  importStatement,
  loadCsvProfile,
  undoImport,
  type CsvProfile,
  type ImportStatementOptions,
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
  csv: StatementPreview['csv'];
}

function prepare(ledger: Ledger, input: StatementFileInput): Prepared {
  const o = input.options ?? {};
  const bytes = decodeFile(input.contentBase64);
  ledger.storage.read.getAccount(input.accountId); // not_found before any parsing
  const profile: CsvProfile | undefined =
    o.profile !== undefined ? loadCsvProfile(ledger, input.accountId, o.profile) : undefined;
  const encoding = o.encoding ?? profile?.encoding;
  const fileName = input.fileName.split(/[\\/]/).pop() ?? '';
  const format: StatementFormat =
    !o.format || o.format === 'auto'
      ? detectFormat(bytes, fileName || undefined, encoding)
      : (o.format as StatementFormat);
  const base: ImportStatementOptions = {
    accountId: input.accountId,
    bytes,
    ...(fileName ? { fileName } : {}),
    format,
    ...(encoding ? { encoding } : {}),
    ...(o.moveOpeningDate ? { moveOpeningDate: true } : {}),
    ...(o.acceptOtherAccount ? { acceptOtherAccount: true } : {}),
  };
  if (format !== 'csv') return { options: base, csv: null };

  if (o.dateFormat !== undefined && !(DATE_FORMATS as readonly string[]).includes(o.dateFormat))
    throw new LedgerError(
      'validation',
      `The date format must be one of ${DATE_FORMATS.join(', ')}`,
      'invalid_date_format',
    );
  const sniff = sniffCsv(bytes, encoding ? { encoding } : {});
  const map = (o.map as CsvColumnMap | undefined) ?? profile?.map ?? sniff.map;
  if (
    map.date === undefined ||
    (map.amount === undefined && map.debit === undefined && map.credit === undefined)
  )
    throw new LedgerError(
      'validation',
      `Cannot tell which columns hold the date and amount (columns: ${sniff.columns.join(', ')}); choose them`,
      'csv_mapping_needed',
      { columns: sniff.columns },
    );
  const dateFormat = (o.dateFormat as DateFormat | undefined) ?? profile?.dateFormat;
  const decimal = o.decimal ?? profile?.decimal;
  const delimiter = o.delimiter ?? profile?.delimiter;
  const csv = {
    map: map as CsvColumnMap,
    skipLines: sniff.skipLines,
    header: sniff.header,
    ...(dateFormat ? { dateFormat } : {}),
    ...(decimal ? { decimal } : {}),
    ...(delimiter ? { delimiter } : {}),
  };
  return {
    options: { ...base, csv },
    csv: {
      columns: sniff.columns,
      map: Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined)) as Record<
        string,
        string | number
      >,
      dateFormat: dateFormat ?? sniff.dateFormat ?? null,
      decimal: decimal ?? sniff.decimal,
      delimiter: delimiter ?? sniff.delimiter,
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

export function previewStatement(ledger: Ledger, input: StatementFileInput): StatementPreview {
  const p = prepare(ledger, input);
  return toPreview(importStatement(ledger, { ...p.options, dryRun: true }), p.csv);
}

export function commitStatement(
  ledger: Ledger,
  input: StatementFileInput & { keep: readonly number[] },
): StatementPreview {
  const p = prepare(ledger, input);
  return toPreview(importStatement(ledger, { ...p.options, keepLines: input.keep }), p.csv);
}

export function undoStatementImport(ledger: Ledger, batchId: string): UndoImportResult {
  return undoImport(ledger, batchId);
}
