// The CSV import settings: what the user (or sniffCsv) chose. A column is a header name or a
// 1-based column number.
import type { DateFormat } from './dates';
import type { BaseParseOptions, DecimalSeparator } from './types';

export type CsvColumn = string | number;

export interface CsvColumnMap {
  date: CsvColumn;
  /** A signed amount column, or else `debit` and/or `credit` (unsigned: money out / money in). */
  amount?: CsvColumn;
  debit?: CsvColumn;
  credit?: CsvColumn;
  payee?: CsvColumn;
  description?: CsvColumn;
  valueDate?: CsvColumn;
  /** A column holding the ISO currency code of each row, when the bank writes one. */
  currency?: CsvColumn;
}

export type CsvRole = keyof CsvColumnMap;

export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;

export interface CsvOptions extends BaseParseOptions {
  /** Detected when absent (see sniffCsv). */
  delimiter?: string;
  /** Detected from the amounts when absent; ';'-separated files default to ','. */
  decimal?: DecimalSeparator;
  /** Detected from the dates when absent; an ambiguous day/month order is noted. */
  dateFormat?: DateFormat;
  /** The first record (after skipLines) names the columns. Default true. */
  header?: boolean;
  /** File lines before the header (a bank's preamble) to ignore. Default 0. */
  skipLines?: number;
  map: CsvColumnMap;
}
