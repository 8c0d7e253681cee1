// Guesses for CSV settings, shared by parseCsv (when a setting is left out) and sniffCsv (the
// live preview's proposal): delimiter, decimal separator, date format, column roles.
import { readCsvRecords, type CsvRecord } from './csv-records';
import { CSV_DELIMITERS, type CsvRole } from './csv-options';
import { parseStatementAmount } from './amounts';
import { DATE_FORMATS, formatsFitting, parseDate, type DateFormat } from './dates';
import type { DecimalSeparator } from './types';

const SAMPLE_RECORDS = 50;

export interface DelimiterGuess {
  delimiter: string;
  /** The usual number of fields per record under that delimiter. */
  fieldCount: number;
  sample: CsvRecord[];
}

/** The candidate under which most sample records share the same field count (two at least, on two records unless there is one). */
export function detectDelimiter(text: string, given?: string): DelimiterGuess | null {
  let best: (DelimiterGuess & { score: number }) | null = null;
  for (const delimiter of given !== undefined ? [given] : CSV_DELIMITERS) {
    const sample = readCsvRecords(text, delimiter, SAMPLE_RECORDS, true);
    const counts = new Map<number, number>();
    for (const r of sample)
      if (r.fields.length > 1) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    let fieldCount = 0;
    let freq = 0;
    for (const [n, f] of counts) if (f > freq || (f === freq && n > fieldCount)) [fieldCount, freq] = [n, f];
    // A comma in one line of prose is not a table; a one-record file may still be one.
    if (fieldCount < 2 || (freq < 2 && sample.length > 1)) continue;
    const score = freq * 1000 + fieldCount;
    if (!best || score > best.score) best = { delimiter, fieldCount, sample, score };
  }
  return best && { delimiter: best.delimiter, fieldCount: best.fieldCount, sample: best.sample };
}

/** ';'-separated files are European: decimal comma. */
export const defaultDecimal = (delimiter: string): DecimalSeparator => (delimiter === ';' ? ',' : '.');

export interface DateFormatGuess {
  format: DateFormat;
  /** Other formats every sample fits too (day/month order undecided). */
  alternatives: DateFormat[];
}

/** Among the formats every sample fits, prefer month-first with a decimal point (US), else day-first. */
export function chooseDateFormat(
  samples: readonly string[],
  decimal: DecimalSeparator,
): DateFormatGuess | null {
  const fitting = formatsFitting(samples);
  if (fitting.length === 0) return null;
  const monthFirst = (f: DateFormat) => f.startsWith('MM');
  const preferred = [...fitting].sort(
    (a, b) => Number(monthFirst(b) === (decimal === '.')) - Number(monthFirst(a) === (decimal === '.')),
  );
  return { format: preferred[0]!, alternatives: preferred.slice(1) };
}

export const looksLikeDate = (s: string) => DATE_FORMATS.some((f) => parseDate(s, f) !== null);

/** Any amount under either decimal separator (CLF: four decimals, the most any currency has). */
export function looksLikeAmount(s: string): boolean {
  if (!/\d/.test(s)) return false;
  return (['.', ','] as const).some((decimal) => {
    try {
      parseStatementAmount(s, 'CLF', { decimal, grouping: true }, { line: 0 });
      return true;
    } catch {
      return false;
    }
  });
}

// Header words per role, normalised (lower case, no accents, letters and digits only). Checked in
// this order, so "Valutadatum" is a value date before "datum" makes it a date.
const HEADER_WORDS: ReadonlyArray<[CsvRole, readonly string[]]> = [
  [
    'valueDate',
    ['valuedate', 'valuta', 'valutadatum', 'wertstellung', 'fechavalor', 'datevaleur', 'valuedt'],
  ],
  [
    'date',
    [
      'date',
      'datum',
      'buchungstag',
      'buchungsdatum',
      'transactiondate',
      'posteddate',
      'postingdate',
      'bookingdate',
      'fecha',
      'data',
    ],
  ],
  [
    'debit',
    ['debit', 'debits', 'soll', 'withdrawal', 'withdrawals', 'paidout', 'moneyout', 'ausgang', 'belastung'],
  ],
  [
    'credit',
    ['credit', 'credits', 'haben', 'deposit', 'deposits', 'paidin', 'moneyin', 'eingang', 'gutschrift'],
  ],
  ['amount', ['amount', 'betrag', 'umsatz', 'montant', 'importe', 'importo', 'bedrag', 'transactionamount']],
  ['currency', ['currency', 'wahrung', 'waehrung', 'devise', 'moneda', 'ccy']],
  [
    'payee',
    [
      'payee',
      'name',
      'beguenstigter',
      'begunstigter',
      'empfaenger',
      'empfanger',
      'auftraggeber',
      'zahlungsempfaenger',
      'counterparty',
      'merchant',
      'beneficiary',
      'zahlungspflichtiger',
    ],
  ],
  [
    'description',
    [
      'verwendungszweck',
      'description',
      'memo',
      'notes',
      'note',
      'buchungstext',
      'details',
      'reference',
      'purpose',
      'text',
      'libelle',
      'concepto',
      'omschrijving',
    ],
  ],
];

export const normalizeHeader = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Column roles from header names: an exact word first, else a header containing the word. */
export function rolesFromHeaders(headers: readonly string[]): Partial<Record<CsvRole, number>> {
  const roles: Partial<Record<CsvRole, number>> = {};
  const taken = new Set<number>();
  const norm = headers.map(normalizeHeader);
  for (const exact of [true, false]) {
    for (const [role, words] of HEADER_WORDS) {
      if (roles[role] !== undefined) continue;
      // The word list is in order of preference: "Verwendungszweck" before "Buchungstext".
      for (const w of words) {
        const i = norm.findIndex(
          (h, idx) => !taken.has(idx) && h !== '' && (exact ? h === w : h.includes(w)),
        );
        if (i === -1) continue;
        roles[role] = i;
        taken.add(i);
        break;
      }
    }
  }
  return roles;
}
