// sniffCsv: a proposal of every CSV setting for the live preview, which the user then corrects.
import { inferDecimal } from './amounts';
import {
  chooseDateFormat,
  defaultDecimal,
  detectDelimiter,
  looksLikeAmount,
  looksLikeDate,
  rolesFromHeaders,
} from './csv-detect';
import type { CsvColumnMap, CsvRole } from './csv-options';
import { readCsvRecords, type CsvRecord } from './csv-records';
import type { DateFormat } from './dates';
import { decodeStatement } from './decode';
import { unreadable } from './errors';
import type { DecimalSeparator, EncodingName } from './types';

const PREVIEW_ROWS = 20;
const SNIFF_RECORDS = 200;

export interface CsvSniff {
  encoding: EncodingName;
  delimiter: string;
  /** Preamble lines before the header (or the first row). */
  skipLines: number;
  header: boolean;
  /** Header names, or "Column 1", "Column 2", ... without a header. */
  columns: string[];
  decimal: DecimalSeparator;
  /** Undefined when no column holds dates. */
  dateFormat?: DateFormat;
  /** Other date formats the sample fits too: ask the user when not empty. */
  dateFormatAlternatives: DateFormat[];
  /** The proposed mapping, by header name (or column number without a header); may be incomplete. */
  map: Partial<CsvColumnMap>;
  /** The first data rows, with their file line numbers. */
  rows: CsvRecord[];
}

/** `delimiter`: the one the user chose (the columns are read with it); detected when absent. */
export function sniffCsv(
  bytes: Uint8Array,
  opts: { encoding?: EncodingName; delimiter?: string } = {},
): CsvSniff {
  const { text, encoding } = decodeStatement(bytes, opts.encoding);
  const guess = detectDelimiter(text, opts.delimiter);
  if (!guess)
    throw unreadable(
      opts.delimiter !== undefined
        ? `This file has no columns separated by "${opts.delimiter === '\t' ? 'Tab' : opts.delimiter}"`
        : 'This is not a CSV file: no field delimiter found',
    );
  const all = readCsvRecords(text, guess.delimiter, SNIFF_RECORDS, true);
  // A bank's preamble ("Account:;DE12...") has another field count than the table under it.
  const start = all.findIndex((r) => r.fields.length === guess.fieldCount);
  const table = all.slice(start).filter((r) => r.fields.some((f) => f !== ''));
  const first = table[0]!;
  const header = table.length > 1 && !first.fields.some((f) => looksLikeDate(f) || looksLikeAmount(f));
  const data = header ? table.slice(1) : table;
  const width = Math.max(guess.fieldCount, ...data.map((r) => r.fields.length));
  const columns = Array.from({ length: width }, (_, i) =>
    header ? first.fields[i] || `Column ${i + 1}` : `Column ${i + 1}`,
  );
  const roles = mergeRoles(header ? rolesFromHeaders(first.fields) : {}, rolesFromContent(data, width));
  const values = (role: CsvRole) => {
    const i = roles[role];
    return i === undefined ? [] : data.map((r) => r.fields[i] ?? '');
  };
  const decimal =
    inferDecimal([...values('amount'), ...values('debit'), ...values('credit')]) ??
    defaultDecimal(guess.delimiter);
  const dates = chooseDateFormat([...values('date'), ...values('valueDate')], decimal);
  const map: Partial<CsvColumnMap> = {};
  for (const [role, i] of Object.entries(roles) as Array<[CsvRole, number]>) {
    map[role] =
      header && first.fields[i] && first.fields.indexOf(first.fields[i]!) === i ? first.fields[i]! : i + 1;
  }
  return {
    encoding,
    delimiter: guess.delimiter,
    skipLines: first.line - 1,
    header,
    columns,
    decimal,
    ...(dates ? { dateFormat: dates.format } : {}),
    dateFormatAlternatives: dates?.alternatives ?? [],
    map,
    rows: data.slice(0, PREVIEW_ROWS),
  };
}

/** Without telling headers: the first date column, and the numeric column with most decimals. */
function rolesFromContent(data: CsvRecord[], width: number): Roles {
  const roles: Roles = {};
  const stats = Array.from({ length: width }, (_, i) => {
    const cells = data.map((r) => r.fields[i] ?? '').filter((c) => c !== '');
    const share = (p: (c: string) => boolean) => (cells.length ? cells.filter(p).length / cells.length : 0);
    return {
      dates: share(looksLikeDate),
      amounts: share((c) => looksLikeAmount(c) && !looksLikeDate(c)),
      decimals: share((c) => /\d[.,]\d{1,2}\)?-?\s*\D{0,3}$/.test(c)),
      length: cells.reduce((n, c) => n + c.length, 0) / (cells.length || 1),
    };
  });
  const dateCols = stats.flatMap((s, i) => (s.dates >= 0.8 ? [i] : []));
  if (dateCols[0] !== undefined) roles.date = dateCols[0];
  const amountCol = stats
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.amounts >= 0.8 && !dateCols.includes(s.i))
    .sort((a, b) => b.decimals - a.decimals)[0];
  if (amountCol) roles.amount = amountCol.i;
  const textCol = stats
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.dates < 0.8 && s.amounts < 0.8 && s.length > 0)
    .sort((a, b) => b.length - a.length)[0];
  if (textCol) roles.description = textCol.i;
  return roles;
}

type Roles = Partial<Record<CsvRole, number>>;

/** Header roles win; content fills the gaps. A signed amount excludes debit/credit columns. */
function mergeRoles(fromHeader: Roles, fromContent: Roles): Roles {
  const roles: Roles = { ...fromHeader };
  if (roles.amount !== undefined) {
    delete roles.debit;
    delete roles.credit;
  }
  const taken = new Set(Object.values(roles));
  const split = roles.debit !== undefined || roles.credit !== undefined;
  for (const [role, i] of Object.entries(fromContent) as Array<[CsvRole, number]>) {
    if (roles[role] !== undefined || taken.has(i) || (role === 'amount' && split)) continue;
    roles[role] = i;
    taken.add(i);
  }
  return roles;
}
