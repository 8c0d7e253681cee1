// Bank statements in: `import-statement` (preview with --dry-run, commit otherwise) and
// `undo-import`. The work is in application/import-statement.ts; this file maps options.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { LedgerError } from '../../src-shared/errors';
import { moneyJson, toDecimalString, type Money } from '../../src-shared/money';
import { exportCsv, exportHledger } from '../application/export-books';
import { importStatement, saveCsvProfile, undoImport } from '../application/import-statement';
import {
  profileOf,
  resolveStatementSettings,
  type StatementSettingsInput,
} from '../application/statement-settings';
import {
  DATE_FORMATS,
  normalizeEncodingName,
  type CsvColumn,
  type CsvColumnMap,
  type DecimalSeparator,
  type StatementFormat,
} from '../statements/index';
import { checkFlags, opt, positional, usage } from './args';
import { call, commandId, money, printResult, table } from './call';
import type { CliCommand, ParsedArgs } from './types';

const FORMATS = ['auto', 'csv', 'ofx', 'qif', 'camt'] as const;
const ROLES = ['date', 'amount', 'payee', 'description', 'debit', 'credit', 'valueDate', 'currency'] as const;

/** `date=Buchungstag,amount=3`: a header name, or a 1-based column number. */
export function parseMap(text: string): CsvColumnMap {
  const map: Partial<Record<(typeof ROLES)[number], CsvColumn>> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const role = part.slice(0, eq).trim();
    const col = part.slice(eq + 1).trim();
    if (eq <= 0 || col === '') throw usage(`--map: "${part}" is not ROLE=COLUMN`);
    if (!(ROLES as readonly string[]).includes(role))
      throw usage(`--map: "${role}" is not one of ${ROLES.join(', ')}`);
    map[role as (typeof ROLES)[number]] = /^\d+$/.test(col) ? Number(col) : col;
  }
  if (map.date === undefined) throw usage('--map needs date=COLUMN');
  if (map.amount === undefined && map.debit === undefined && map.credit === undefined)
    throw usage('--map needs amount=COLUMN, or debit=COLUMN and/or credit=COLUMN');
  return map as CsvColumnMap;
}

function readStatementFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new LedgerError('io', `Cannot read ${path}: ${(e as Error).message}`, 'unreadable_file');
  }
}

/** The CSV flags, as the shared resolver takes them (application/statement-settings.ts). */
function csvFlags(args: ParsedArgs): StatementSettingsInput {
  const mapText = opt(args, 'map');
  const dateFormat = opt(args, 'date-format');
  if (dateFormat !== undefined && !(DATE_FORMATS as readonly string[]).includes(dateFormat))
    throw usage(`--date-format must be one of ${DATE_FORMATS.join(', ')}`);
  const decimal = opt(args, 'decimal');
  if (decimal !== undefined && decimal !== ',' && decimal !== '.') throw usage('--decimal must be , or .');
  const raw = opt(args, 'delimiter');
  const delimiter = raw === '\\t' ? '\t' : raw;
  if (delimiter !== undefined && [...delimiter].length !== 1)
    throw usage('--delimiter must be one character');
  const profile = opt(args, 'profile');
  const encodingName = opt(args, 'encoding');
  return {
    ...(mapText !== undefined ? { map: parseMap(mapText) } : {}),
    ...(dateFormat !== undefined ? { dateFormat } : {}),
    ...(decimal === ',' || decimal === '.' ? { decimal: decimal as DecimalSeparator } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(encodingName !== undefined ? { encoding: normalizeEncodingName(encodingName) } : {}),
  };
}

const decimalOf = (m: Money | null) => (m ? toDecimalString(m) : null);

export const statementCommands: CliCommand[] = [
  {
    name: 'import-statement',
    usage:
      'import-statement FILE --account ID [--format auto|csv|ofx|qif|camt] [--dry-run] [--move-opening-date] [--keep-likely-duplicates] [--yes] [--profile NAME] [--save-profile NAME] [--map date=COL,amount=COL[,payee=COL][,description=COL][,debit=COL,credit=COL]] [--date-format FMT] [--decimal ,|.] [--delimiter C] [--encoding NAME]',
    summary: 'Import a bank statement (CSV, OFX/QFX, QIF, CAMT.053); re-importing adds nothing',
    async run(args, ctx) {
      checkFlags(args, [
        'account',
        'format',
        'dry-run',
        'move-opening-date',
        'keep-likely-duplicates',
        'yes',
        'profile',
        'save-profile',
        'map',
        'date-format',
        'decimal',
        'delimiter',
        'encoding',
      ]);
      const file = positional(args, 0, 'FILE');
      const accountId = opt(args, 'account');
      if (accountId === undefined) throw usage('import-statement needs --account ID');
      const format = opt(args, 'format') ?? 'auto';
      if (!(FORMATS as readonly string[]).includes(format))
        throw usage(`--format must be one of ${FORMATS.join(', ')}`);
      const ledger = ctx.ledger();
      const bytes = readStatementFile(file);
      const fileName = basename(file);
      const flags = csvFlags(args);
      const csvOnly = ['map', 'date-format', 'decimal', 'delimiter', 'profile', 'save-profile'].filter(
        (k) => k in args.flags,
      );
      const settings = resolveStatementSettings(
        ledger,
        accountId,
        bytes,
        fileName,
        { ...flags, format: format as StatementFormat | 'auto' },
        'give --map date=COL,amount=COL',
      );
      if (settings.format !== 'csv' && csvOnly.length > 0)
        throw usage(`--${csvOnly[0]} is for CSV files; this one is ${settings.format.toUpperCase()}`);
      const r = importStatement(ledger, {
        accountId,
        bytes,
        fileName,
        format: settings.format,
        ...(settings.encoding ? { encoding: settings.encoding } : {}),
        ...(settings.csv ? { csv: settings.csv } : {}),
        dryRun: args.flags['dry-run'] === true,
        moveOpeningDate: args.flags['move-opening-date'] === true,
        keepLikelyDuplicates: args.flags['keep-likely-duplicates'] === true,
        acceptOtherAccount: args.flags.yes === true,
      });
      const saveAs = opt(args, 'save-profile');
      const profile = profileOf(settings);
      if (saveAs !== undefined && profile) saveCsvProfile(ledger, accountId, saveAs, profile);
      if (settings.view?.profile && !flags.profile)
        ctx.err(`note: using the saved CSV profile "${settings.view.profile}"`);
      for (const n of r.notes) ctx.err(`note: ${n}`);
      const json = {
        batchId: r.batchId,
        new: r.new,
        duplicates: r.duplicates,
        refused: r.refused,
        statementBalance: r.statementBalance
          ? { ...moneyJson(r.statementBalance.amount), date: r.statementBalance.date }
          : null,
        difference: r.difference ? moneyJson(r.difference) : null,
        likelyDuplicates: r.attention,
        dryRun: args.flags['dry-run'] === true,
        openingDateMovedTo: r.openingDateMovedTo,
        position: r.position,
      };
      const rows = r.lines.map((l) => [
        String(l.line.source.line),
        l.line.valueDate,
        toDecimalString(l.line.amount),
        l.status + (l.reason ? ` (${l.reason.replace(/_/g, ' ')})` : ''),
        [l.line.payee, l.line.description].filter(Boolean).join(' — ').slice(0, 60),
      ]);
      const human = [
        ...(args.flags['dry-run'] === true
          ? [table(['line', 'date', 'amount', 'status', 'payee / description'], rows, [2])]
          : []),
        `${args.flags['dry-run'] === true ? 'would import' : 'imported'} ${r.new}, duplicates ${r.duplicates}, ` +
          `likely duplicates left out ${r.attention}, refused ${r.refused}` +
          (r.batchId ? ` (batch ${r.batchId})` : ''),
        ...(r.openingDateMovedTo ? [`opening date moved to ${r.openingDateMovedTo}`] : []),
        ...(r.statementBalance
          ? [
              `statement balance ${money(r.statementBalance.amount)} on ${r.statementBalance.date}: ` +
                (r.difference?.minor === 0 ? 'reconciled' : `difference ${decimalOf(r.difference)}`),
            ]
          : []),
      ].join('\n');
      printResult(ctx, json, human);
    },
  },
  {
    name: 'undo-import',
    usage: 'undo-import BATCH_ID',
    summary: 'Reverse every movement of an import batch (corrections; nothing is deleted)',
    async run(args, ctx) {
      checkFlags(args, []);
      const r = undoImport(ctx.ledger(), positional(args, 0, 'BATCH_ID'));
      printResult(ctx, r, `reversed ${r.reversed} movement(s) of batch ${r.batchId}, position ${r.position}`);
    },
  },
  {
    name: 'imports',
    usage: 'imports [--account ID]',
    summary: 'The statement import batches, newest first: file, lines, total, undone or not',
    async run(args, ctx) {
      checkFlags(args, ['account']);
      const accountId = opt(args, 'account');
      const list = await call(ctx, 'imports', accountId !== undefined ? { accountId } : {});
      const rows = list.map((b) => [
        b.batchId,
        b.importedAt.slice(0, 19).replace('T', ' '),
        b.accountName,
        b.fileName ?? '',
        String(b.lines),
        money(b.total),
        b.undone ? 'undone' : b.reversed > 0 ? `${b.reversed} reversed` : '',
      ]);
      printResult(
        ctx,
        list,
        list.length === 0
          ? 'no imports'
          : table(['batch', 'imported at', 'account', 'file', 'lines', 'total', 'state'], rows, [4, 5]),
      );
    },
  },
  {
    name: 'reconcile',
    usage: 'reconcile ACCOUNT_ID --date YYYY-MM-DD --balance AMOUNT [--command-id ID]',
    summary: "Record that the bank's balance on a date matches the books (refused with the difference)",
    async run(args, ctx) {
      checkFlags(args, ['date', 'balance', 'command-id']);
      const date = opt(args, 'date');
      const balance = opt(args, 'balance');
      if (date === undefined || balance === undefined) throw usage('reconcile needs --date and --balance');
      const r = await call(ctx, 'reconcile', {
        commandId: commandId(args),
        accountId: positional(args, 0, 'ACCOUNT_ID'),
        date,
        balance,
      });
      printResult(ctx, r, `reconciled on ${date} at ${balance}, position ${r.position}`);
    },
  },
  {
    name: 'export-csv',
    usage: 'export-csv FILE [--account ID]',
    summary: 'Write the movements (one account or all) as CSV, in value-date order',
    async run(args, ctx) {
      checkFlags(args, ['account']);
      const file = positional(args, 0, 'FILE');
      const accountId = opt(args, 'account');
      const ledger = ctx.ledger();
      if (accountId !== undefined) ledger.storage.read.getAccount(accountId);
      const csv = exportCsv(ledger.store.readAll(0), accountId);
      writeOut(file, csv);
      const rows = csv.split('\n').length - 2;
      printResult(ctx, { file, rows }, `${rows} movement(s) written to ${file}`);
    },
  },
  {
    name: 'export-hledger',
    usage: 'export-hledger FILE',
    summary: 'Write the books as an hledger journal (hledger -f FILE balance gives the balances)',
    async run(args, ctx) {
      checkFlags(args, []);
      const file = positional(args, 0, 'FILE');
      writeOut(file, exportHledger(ctx.ledger().store.readAll(0)));
      printResult(ctx, { file }, `journal written to ${file}`);
    },
  },
];

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch (e) {
    throw new LedgerError('io', `Cannot write ${file}: ${(e as Error).message}`, 'unwritable_file');
  }
}
