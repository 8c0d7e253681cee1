// CSV records with the file's own line numbers, read by csv-parse (RFC 4180 quoting, embedded
// newlines). The text comes from decode.ts with '\n' line endings only, so counting lines is
// counting '\n' (csv-parse's own counter sees a CRLF inside a quoted field as two lines).
import { parse, CsvError, type Options } from 'csv-parse/sync';
import { unreadable } from './errors';

/** Longer records are refused: almost always a wrong delimiter or a quote never closed. */
export const MAX_CSV_RECORD_CHARS = 100_000;

export interface CsvRecord {
  /** The file line on which the record starts. */
  line: number;
  fields: string[];
}

/**
 * All records (or the first `limit`), blank lines skipped, rows of empty fields kept. With
 * `lenient` (for guessing settings) a CSV error ends the sample instead of throwing.
 */
export function readCsvRecords(
  text: string,
  delimiter: string,
  limit?: number,
  lenient = false,
): CsvRecord[] {
  const options: Options = {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    ...(limit ? { to: limit } : {}),
  };
  let rows: string[][];
  try {
    rows = parse(text, options);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const before = recordsBefore(text, options);
    if (lenient) return withLines(before);
    throw describe(e, text, lineAfter(before));
  }
  return withLines(rows);
}

/**
 * Blank lines are kept as one-empty-field records until here, so every record ends with exactly
 * one '\n': a record starts on the line after the previous one and its embedded newlines.
 * (Cheaper than csv-parse's per-record info objects, which double the time of a large file.)
 */
function withLines(rows: string[][]): CsvRecord[] {
  const out: CsvRecord[] = [];
  let line = 1;
  for (const fields of rows) {
    if (fields.length > 1 || fields[0] !== '') out.push({ line, fields });
    line += 1 + embeddedNewlines(fields);
  }
  return out;
}

/** Only after an error: the records csv-parse had read before it. */
function recordsBefore(text: string, options: Options): string[][] {
  const seen: string[][] = [];
  try {
    parse(text, { ...options, on_record: (r: string[]) => (seen.push(r), r) });
  } catch {
    // expected: the same error again
  }
  return seen;
}

const lineAfter = (rows: string[][]) => rows.reduce((n, r) => n + 1 + embeddedNewlines(r), 1);

function embeddedNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

function describe(e: CsvError, text: string, next: number) {
  const errLine = Number((e as unknown as { lines?: number }).lines) || next;
  // csv-parse has many error codes; only these two get a tailored message.
  if (e.code === 'CSV_QUOTE_NOT_CLOSED')
    return unreadable('A quoted field that starts here is never closed: the file is truncated or malformed', {
      line: nextNonBlankLine(text, next),
    });
  if (e.code === 'CSV_MAX_RECORD_SIZE')
    return unreadable(
      `A record longer than ${MAX_CSV_RECORD_CHARS.toLocaleString('en')} characters starts here: is the delimiter right, or is a quote never closed?`,
      { line: nextNonBlankLine(text, next) },
    );
  return unreadable(`This is not valid CSV (${e.message})`, { line: errLine });
}

function nextNonBlankLine(text: string, from: number): number {
  const lines = text.split('\n');
  for (let l = from; l <= lines.length; l++) if (lines[l - 1]!.trim() !== '') return l;
  return from;
}
