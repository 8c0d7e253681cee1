// The one place that decides how a statement file is read, for the CLI (`import-statement`) and
// the app (previewStatement / commitStatement): the options given win, then the account's saved
// CSV profile (the one named, else the last saved one whose columns the file has), then what
// detection sees in the file (detectFormat, sniffCsv).
import { LedgerError } from '../../src-shared/errors';
import {
  DATE_FORMATS,
  detectFormat,
  sniffCsv,
  type CsvColumnMap,
  type CsvSniff,
  type DateFormat,
  type DecimalSeparator,
  type EncodingName,
  type StatementFormat,
} from '../statements/index';
import type { Ledger } from '../ledger';
import {
  lastProfileKey,
  listCsvProfiles,
  loadCsvProfile,
  type CsvProfile,
  type ImportStatementOptions,
} from './import-statement';

/** What the user gave (CLI flags or the dialog's options); everything optional. */
export interface StatementSettingsInput {
  format?: StatementFormat | 'auto';
  encoding?: EncodingName;
  /** A saved profile by name; without one, a fitting saved profile is used (see above). */
  profile?: string;
  map?: Partial<CsvColumnMap>;
  dateFormat?: string;
  decimal?: DecimalSeparator;
  delimiter?: string;
}

/** The settings used, as the preview shows them. */
export interface CsvSettingsView {
  columns: string[];
  map: Record<string, string | number>;
  dateFormat: string | null;
  decimal: string | null;
  delimiter: string | null;
  encoding: string | null;
  /** The saved profile used, if any. */
  profile: string | null;
}

export interface ResolvedStatementSettings {
  format: StatementFormat;
  encoding?: EncodingName;
  csv?: NonNullable<ImportStatementOptions['csv']>;
  view: CsvSettingsView | null;
}

/** A profile fits a file when every column it names by header is one of the file's columns. */
function fits(profile: CsvProfile, sniff: CsvSniff): boolean {
  return Object.values(profile.map).every((c) =>
    c === undefined ? true : typeof c === 'number' ? c <= sniff.columns.length : sniff.columns.includes(c),
  );
}

const complete = (m: Partial<CsvColumnMap>): m is CsvColumnMap =>
  m.date !== undefined && (m.amount !== undefined || m.debit !== undefined || m.credit !== undefined);

/**
 * Resolves format, encoding and (for CSV) the column mapping and number/date settings.
 * `mappingHint` ends the message when no mapping can be found (the CLI names its --map flag).
 */
export function resolveStatementSettings(
  ledger: Pick<Ledger, 'storage'>,
  accountId: string,
  bytes: Uint8Array,
  fileName: string | undefined,
  o: StatementSettingsInput,
  mappingHint = 'choose them',
): ResolvedStatementSettings {
  if (o.dateFormat !== undefined && !(DATE_FORMATS as readonly string[]).includes(o.dateFormat))
    throw new LedgerError(
      'validation',
      `The date format must be one of ${DATE_FORMATS.join(', ')}`,
      'invalid_date_format',
    );
  if (o.decimal !== undefined && o.decimal !== ',' && o.decimal !== '.')
    throw new LedgerError('validation', 'The decimal separator must be , or .', 'invalid_decimal');
  if (o.delimiter !== undefined && [...o.delimiter].length !== 1)
    throw new LedgerError('validation', 'The delimiter must be one character', 'invalid_delimiter');
  const named = o.profile !== undefined ? loadCsvProfile(ledger as Ledger, accountId, o.profile) : undefined;
  let encoding = o.encoding ?? named?.encoding;
  const format: StatementFormat =
    !o.format || o.format === 'auto' ? detectFormat(bytes, fileName || undefined, encoding) : o.format;
  if (format !== 'csv') return { format, ...(encoding ? { encoding } : {}), view: null };

  const sniffing = (enc: EncodingName | undefined, delimiter: string | undefined) =>
    sniffCsv(bytes, { ...(enc ? { encoding: enc } : {}), ...(delimiter !== undefined ? { delimiter } : {}) });
  let sniff = sniffing(encoding, o.delimiter);
  let profile: (CsvProfile & { name: string }) | undefined =
    named && o.profile !== undefined ? { ...named, name: o.profile.trim() } : undefined;
  if (!profile && o.map === undefined) {
    // The last saved profile first (listCsvProfiles keeps names sorted; lastProfile is kept aside).
    const all = listCsvProfiles(ledger as Ledger, accountId);
    const last = ledger.storage.meta.get<string>(lastProfileKey(accountId));
    const ordered = [...all.filter((p) => p.name === last), ...all.filter((p) => p.name !== last)];
    profile = ordered.find((p) => fits(p, sniff));
  }
  const delimiter = o.delimiter ?? profile?.delimiter;
  if (
    (profile?.encoding && o.encoding === undefined && profile.encoding !== encoding) ||
    delimiter !== o.delimiter
  ) {
    if (profile?.encoding && o.encoding === undefined) encoding = profile.encoding;
    sniff = sniffing(encoding, delimiter);
  }
  const map: Partial<CsvColumnMap> = o.map ?? profile?.map ?? sniff.map;
  if (!complete(map))
    throw new LedgerError(
      'validation',
      `Cannot tell which columns hold the date and amount (columns: ${sniff.columns.join(', ')}); ${mappingHint}`,
      'csv_mapping_needed',
      { columns: sniff.columns },
    );
  const dateFormat = (o.dateFormat as DateFormat | undefined) ?? profile?.dateFormat;
  const decimal = o.decimal ?? profile?.decimal;
  const csv = {
    map,
    skipLines: sniff.skipLines,
    header: sniff.header,
    ...(dateFormat ? { dateFormat } : {}),
    ...(decimal ? { decimal } : {}),
    ...(delimiter ? { delimiter } : {}),
  };
  return {
    format,
    ...(encoding ? { encoding } : {}),
    csv,
    view: {
      columns: sniff.columns,
      map: Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined)) as Record<
        string,
        string | number
      >,
      dateFormat: dateFormat ?? sniff.dateFormat ?? null,
      decimal: decimal ?? sniff.decimal,
      delimiter: delimiter ?? sniff.delimiter,
      encoding: encoding ?? sniff.encoding,
      profile: profile?.name ?? null,
    },
  };
}

/** The profile to keep (`--save-profile`, the dialog's "save as profile"): the settings used. */
export function profileOf(r: ResolvedStatementSettings): CsvProfile | undefined {
  if (!r.csv) return undefined;
  const { map, dateFormat, decimal, delimiter } = r.csv;
  return {
    map,
    ...(dateFormat ? { dateFormat } : {}),
    ...(decimal ? { decimal } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(r.encoding ? { encoding: r.encoding } : {}),
  };
}
