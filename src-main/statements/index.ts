// The statement parsing layer: bytes in, a ParsedStatement out, or a StatementError naming the
// line. Pure: no I/O, no database; the import command builds on it.
import { parseCamtText } from './camt';
import type { CsvOptions } from './csv-options';
import { parseCsvText } from './csv';
import { decodeStatement } from './decode';
import { detectFormatText } from './detect';
import { invalid } from './errors';
import { parseOfxText } from './ofx';
import { parseQifText, type QifOptions } from './qif';
import type { BaseParseOptions, ParsedStatement, StatementFormat } from './types';

export interface ParseStatementOptions extends BaseParseOptions {
  /** 'auto' (the default) detects the format from the content. */
  format?: StatementFormat | 'auto';
  /** Breaks a tie in format detection (.qif, .ofx). */
  fileName?: string;
  csv?: Omit<CsvOptions, 'currency' | 'encoding'>;
  qif?: Omit<QifOptions, 'currency' | 'encoding'>;
}

export function parseStatement(bytes: Uint8Array, options: ParseStatementOptions): ParsedStatement {
  const { text, encoding } = decodeStatement(bytes, options.encoding);
  const format =
    !options.format || options.format === 'auto' ? detectFormatText(text, options.fileName) : options.format;
  const base = { currency: options.currency };
  switch (format) {
    case 'csv':
      if (!options.csv) throw invalid('A CSV statement needs a column mapping (at least date and amount)');
      return parseCsvText(text, encoding, { ...options.csv, ...base });
    case 'ofx':
      return parseOfxText(text, encoding, base);
    case 'qif':
      return parseQifText(text, encoding, { ...options.qif, ...base });
    case 'camt':
      return parseCamtText(text, encoding, base);
  }
}

export { parseCsv } from './csv';
export { sniffCsv, type CsvSniff } from './csv-sniff';
export type { CsvColumn, CsvColumnMap, CsvOptions } from './csv-options';
export { parseOfx } from './ofx';
export { parseQif, type QifOptions } from './qif';
export type { QifDateOrder } from './qif-dates';
export { parseCamt } from './camt';
export { detectFormat } from './detect';
export { decodeStatement, normalizeEncodingName, MAX_STATEMENT_BYTES } from './decode';
export { DATE_FORMATS, type DateFormat } from './dates';
export { StatementError, isStatementError, type StatementErrorKind } from './errors';
export { findLikelyDuplicates, type ExistingMovement, type LikelyDuplicate } from './duplicates';
export { MAX_TEXT_LENGTH, MAX_REF_LENGTH } from './text';
export type * from './types';
