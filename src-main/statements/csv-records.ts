// CSV records with the file's own line numbers, read by csv-parse (RFC 4180 quoting, embedded
// newlines). The text comes from decode.ts with '\n' line endings only: csv-parse counts a CRLF
// inside a quoted field as two lines, so normalising first keeps its line counter right.
import { parse, CsvError, type Options } from 'csv-parse/sync';
import { unreadable } from './errors';

/** Longer records are refused: almost always a wrong delimiter or a quote never closed. */
export const MAX_CSV_RECORD_CHARS = 100_000;

export interface CsvRecord {
  /** The file line on which the record starts. */
  line: number;
  fields: string[];
}

/** All records (or the first `limit`), blank lines skipped, rows of empty fields kept. */
export function readCsvRecords(text: string, delimiter: string, limit?: number): CsvRecord[] {
  let lastEnd = 0;
  const options: Options = {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    ...(limit ? { to: limit } : {}),
    // context.lines is the line on which the record ends; it starts earlier by its embedded newlines.
    on_record: (fields, context) => {
      lastEnd = context.lines;
      return { line: context.lines - embeddedNewlines(fields), fields } as unknown as string[];
    },
  };
  try {
    return parse(text, options) as unknown as CsvRecord[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    throw describe(e, text, lastEnd);
  }
}

function embeddedNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

function describe(e: CsvError, text: string, lastEnd: number) {
  const errLine = Number((e as unknown as { lines?: number }).lines) || lastEnd + 1;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return unreadable(
        'A quoted field that starts here is never closed: the file is truncated or malformed',
        {
          line: nextNonBlankLine(text, lastEnd + 1),
        },
      );
    case 'CSV_MAX_RECORD_SIZE':
      return unreadable(
        `A record longer than ${MAX_CSV_RECORD_CHARS.toLocaleString('en')} characters starts here: is the delimiter right, or is a quote never closed?`,
        { line: nextNonBlankLine(text, lastEnd + 1) },
      );
    default:
      return unreadable(`This is not valid CSV (${e.message})`, { line: errLine });
  }
}

function nextNonBlankLine(text: string, from: number): number {
  const lines = text.split('\n');
  for (let l = from; l <= lines.length; l++) if (lines[l - 1]!.trim() !== '') return l;
  return from;
}
