// The contract between the statement parsers and the import command built on them. Pure data:
// every amount is exact integer minor units (src-shared/money.ts), every date a calendar date.
import type { Money } from '../../src-shared/money';

export type StatementFormat = 'csv' | 'ofx' | 'qif' | 'camt';

/** A calendar date as written by the bank, 'YYYY-MM-DD' (never shifted through a time zone). */
export type IsoDate = string;

/** The encodings a statement can be read in (canonical names; see normalizeEncodingName). */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

export interface SourceRef {
  /** The file's own line number (the first line, a CSV header included, is line 1). */
  line: number;
  /** For XML and OFX: the element path, e.g. `Document/BkToCstmrStmt/Stmt[1]/Ntry[3]`. */
  element?: string;
}

export interface StatementLine {
  source: SourceRef;
  bookingDate: IsoDate;
  /** The value date; equals bookingDate when the file has no separate value date. */
  valueDate: IsoDate;
  /** Signed: money in is positive, money out negative. */
  amount: Money;
  payee?: string;
  description?: string;
  /** The bank's own id when present: OFX FITID, CAMT AcctSvcrRef / NtryRef / TxId. */
  bankRef?: string;
  /** QIF `L` line. */
  category?: string;
  checkNumber?: string;
  /** CAMT RvslInd: the entry undoes an earlier one (the sign is already the booked direction). */
  reversal?: true;
}

export interface StatementAccount {
  iban?: string;
  accountNumber?: string;
  bankId?: string;
}

export interface ParsedStatement {
  format: StatementFormat;
  /** OFX VERSION (e.g. '102', '203'), CAMT message version (e.g. '001.04'), QIF section type. */
  formatVersion?: string;
  /** The encoding the file was read in. */
  encoding: EncodingName;
  account?: StatementAccount;
  /** The file's own currency, when it declares one (the importer refuses a mismatch). */
  currency?: string;
  closingBalance?: { amount: Money; date: IsoDate };
  lines: StatementLine[];
  /**
   * Things the user should know before committing, in plain words: an assumed date order,
   * pending entries left out, text cut to the field limit.
   */
  notes: string[];
}

export type DecimalSeparator = ',' | '.';

/** Every parser needs the target account's currency: used when the file declares none. */
export interface BaseParseOptions {
  currency: string;
  /** Read the file in this encoding (refused, naming the line, when the bytes are not valid in it). */
  encoding?: EncodingName;
}
