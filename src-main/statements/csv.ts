// CSV statements: any bank's export, read through a column mapping (see csv-options.ts).
// Settings left out are detected (csv-detect.ts) and an undecidable guess is noted.
import { CurrencyCode } from '../../src-shared/money';
import { parseStatementAmount, inferDecimal, type AmountStyle } from './amounts';
import { chooseDateFormat, defaultDecimal, detectDelimiter } from './csv-detect';
import type { CsvColumn, CsvColumnMap, CsvOptions, CsvRole } from './csv-options';
import { readCsvRecords, type CsvRecord } from './csv-records';
import { parseDate, type DateFormat } from './dates';
import { decodeStatement } from './decode';
import { invalid, unreadable } from './errors';
import { TextFields } from './text';
import type { EncodingName, ParsedStatement, StatementLine } from './types';

export function parseCsv(bytes: Uint8Array, options: CsvOptions): ParsedStatement {
  const { text, encoding } = decodeStatement(bytes, options.encoding);
  return parseCsvText(text, encoding, options);
}

type Columns = Partial<Record<CsvRole, { index: number; name: string }>>;

export function parseCsvText(text: string, encoding: EncodingName, options: CsvOptions): ParsedStatement {
  const delimiter = options.delimiter ?? detectDelimiter(text)?.delimiter;
  if (delimiter === undefined) throw unreadable('This is not a CSV file: no field delimiter found');
  if (delimiter.length !== 1 || /[\w"\n\r.]/.test(delimiter)) {
    throw invalid(`"${delimiter}" cannot be a CSV delimiter; use one character such as ; , | or a tab`);
  }
  const skip = options.skipLines ?? 0;
  const records = readCsvRecords(text, delimiter).filter((r) => r.line > skip);
  const header = options.header === false ? undefined : records.shift();
  if (header === undefined && records.length === 0) throw unreadable('The file has no rows');
  const columns = resolveColumns(options.map, header, records);
  const rows = records.filter((r) => r.fields.some((f) => f !== ''));
  const notes: string[] = [];
  const cell = (r: CsvRecord, role: CsvRole): string | undefined => {
    const c = columns[role];
    if (!c) return undefined;
    const v = r.fields[c.index];
    if (v === undefined) {
      throw invalid(
        `This row has ${r.fields.length} fields; the ${role} column "${c.name}" (${c.index + 1}) is missing`,
        {
          line: r.line,
        },
      );
    }
    return v;
  };
  const decimal = options.decimal ?? guessDecimal(rows, columns, delimiter, notes);
  const dateFormat = options.dateFormat ?? guessDateFormat(rows, columns, decimal, notes);
  const style: AmountStyle = { decimal, grouping: true };
  const fields = new TextFields(notes);
  let fileCurrency: string | undefined;
  const lines: StatementLine[] = rows.map((r) => {
    const where = { line: r.line };
    const date = (role: 'date' | 'valueDate') => {
      const v = cell(r, role)!;
      const d = parseDate(v, dateFormat);
      if (d === null) {
        throw invalid(
          `The ${role === 'date' ? 'date' : 'value date'} (column "${columns[role]!.name}") is "${v.slice(0, 40)}", which is not a valid ${dateFormat} date`,
          where,
        );
      }
      return d;
    };
    const bookingDate = date('date');
    const valueDate = columns.valueDate && cell(r, 'valueDate') !== '' ? date('valueDate') : bookingDate;
    const rowCurrency = currencyCell(cell(r, 'currency'), where);
    const amount = rowAmount(
      r,
      (role) => cell(r, role),
      columns,
      style,
      rowCurrency ?? fileCurrency ?? options.currency,
    );
    if (rowCurrency !== undefined || amount.code !== undefined) {
      const c = amount.money.currency;
      if (fileCurrency !== undefined && fileCurrency !== c) {
        throw invalid(
          `This row is in ${c}, earlier rows are in ${fileCurrency}: a statement has one currency`,
          where,
        );
      }
      fileCurrency = c;
    }
    const line: StatementLine = { source: where, bookingDate, valueDate, amount: amount.money };
    const payee = fields.text(cell(r, 'payee'), 'payee', r.line);
    const description = fields.text(cell(r, 'description'), 'description', r.line);
    if (payee !== undefined) line.payee = payee;
    if (description !== undefined) line.description = description;
    return line;
  });
  return {
    format: 'csv',
    encoding,
    ...(fileCurrency ? { currency: fileCurrency } : {}),
    lines,
    notes,
  };
}

function currencyCell(v: string | undefined, where: { line: number }): string | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const code = v.trim().toUpperCase();
  if (!CurrencyCode.safeParse(code).success)
    throw invalid(`"${v}" in the currency column is not an ISO currency code`, where);
  return code;
}

function rowAmount(
  r: CsvRecord,
  cell: (role: CsvRole) => string | undefined,
  columns: Columns,
  style: AmountStyle,
  currency: string,
) {
  const where = { line: r.line };
  const parse = (role: 'amount' | 'debit' | 'credit', cur: string) => {
    const v = cell(role);
    if (v === undefined || (role !== 'amount' && v === '')) return undefined;
    const what = `${role} (column "${columns[role]!.name}")`;
    const first = parseStatementAmount(v, cur, style, where, what);
    // "12.50 USD": the code beside the number decides the precision.
    return first.code && first.code !== cur ? parseStatementAmount(v, first.code, style, where, what) : first;
  };
  if (columns.amount) return parse('amount', currency)!;
  const debit = parse('debit', currency);
  const credit = parse('credit', debit?.money.currency ?? currency);
  if (!debit && !credit) {
    throw invalid('Neither the debit nor the credit column has an amount', where);
  }
  const c = (credit ?? debit)!.money.currency;
  if (debit && credit && debit.money.currency !== credit.money.currency) {
    throw invalid('The debit and credit columns are in different currencies', where);
  }
  const minor = Math.abs(credit?.money.minor ?? 0) - Math.abs(debit?.money.minor ?? 0);
  const code = debit?.code ?? credit?.code;
  return { money: { minor: minor === 0 ? 0 : minor, currency: c }, ...(code ? { code } : {}) };
}

function resolveColumns(map: CsvColumnMap, header: CsvRecord | undefined, rows: CsvRecord[]): Columns {
  if (map.amount === undefined && map.debit === undefined && map.credit === undefined) {
    throw invalid('The column mapping needs an amount column, or debit and/or credit columns');
  }
  if (map.amount !== undefined && (map.debit !== undefined || map.credit !== undefined)) {
    throw invalid('The column mapping has an amount column and debit/credit columns: choose one');
  }
  const width = Math.max(header?.fields.length ?? 0, ...rows.slice(0, 100).map((r) => r.fields.length));
  const names = header?.fields ?? [];
  const columns: Columns = {};
  for (const [role, col] of Object.entries(map) as Array<[CsvRole, CsvColumn | undefined]>) {
    if (col === undefined) continue;
    const index = columnIndex(col, names, width, role);
    columns[role] = { index, name: names[index] || `column ${index + 1}` };
  }
  return columns;
}

function columnIndex(col: CsvColumn, names: readonly string[], width: number, role: string): number {
  if (typeof col === 'string') {
    const want = col.trim().toLowerCase();
    const byName = names.findIndex((n) => n.trim().toLowerCase() === want);
    if (byName !== -1) return byName;
    if (!/^\d+$/.test(want)) {
      const known = names.length
        ? `; the columns are: ${names.map((n) => `"${n}"`).join(', ')}`
        : ' (the file has no header)';
      throw invalid(`No column is named "${col}" for the ${role}${known}`);
    }
    col = Number(want);
  }
  if (!Number.isInteger(col) || col < 1 || col > width) {
    throw invalid(`Column ${col} for the ${role} does not exist: the file has ${width} columns`);
  }
  return col - 1;
}

function guessDecimal(rows: CsvRecord[], columns: Columns, delimiter: string, notes: string[]) {
  const cells = (['amount', 'debit', 'credit'] as const).flatMap((role) => {
    const c = columns[role];
    return c ? rows.slice(0, 1000).map((r) => r.fields[c.index] ?? '') : [];
  });
  const inferred = inferDecimal(cells);
  if (inferred) return inferred;
  const d = defaultDecimal(delimiter);
  if (cells.some((c) => /[.,]/.test(c)))
    notes.push(`Amounts were read with "${d}" as the decimal separator: the file does not make it clear`);
  return d;
}

function guessDateFormat(
  rows: CsvRecord[],
  columns: Columns,
  decimal: ',' | '.',
  notes: string[],
): DateFormat {
  const samples = (['date', 'valueDate'] as const).flatMap((role) => {
    const c = columns[role];
    return c ? rows.map((r) => r.fields[c.index] ?? '') : [];
  });
  const guess = chooseDateFormat(samples, decimal);
  if (!guess) {
    const at = (r: CsvRecord) => r.fields[columns.date!.index] ?? '';
    const first = rows.find((r) => at(r) !== '');
    const firstFits = first ? chooseDateFormat([at(first)], decimal) : null;
    const bad = firstFits ? rows.find((r) => parseDate(at(r), firstFits.format) === null) : first;
    throw invalid(
      firstFits
        ? `The date "${at(bad!).slice(0, 40)}" is not a valid date in the format of the other dates (${firstFits.format})`
        : `The date "${at(bad ?? rows[0]!).slice(0, 40)}" is not a date in any known format`,
      { line: (bad ?? rows[0])?.line ?? 1 },
    );
  }
  if (guess.alternatives.length) {
    notes.push(`Dates were read as ${guess.format}; they would also fit ${guess.alternatives.join(', ')}`);
  }
  return guess.format;
}
