// Which format a statement file is in, from its content; the file name only breaks a tie.
import { camtVersion } from './camt';
import { detectDelimiter } from './csv-detect';
import { decodeStatement } from './decode';
import { unreadable } from './errors';
import type { EncodingName, StatementFormat } from './types';

export function detectFormat(bytes: Uint8Array, fileName?: string, encoding?: EncodingName): StatementFormat {
  return detectFormatText(decodeStatement(bytes, encoding).text, fileName);
}

export function detectFormatText(text: string, fileName?: string): StatementFormat {
  const head = text.slice(0, 8192).trimStart();
  if (head === '') throw unreadable('The file is empty');
  if (/^OFXHEADER\s*:/i.test(head) || /^<OFX>/i.test(head)) return 'ofx';
  if (head.startsWith('<')) {
    if (/<\?OFX\b|<OFX[\s>]/i.test(head)) return 'ofx';
    if (camtVersion(text) !== undefined || /<(?:\w+:)?BkToCstmrStmt[\s>]/.test(head)) return 'camt';
    throw unreadable('This is an XML or HTML file, but not an OFX or CAMT.053 bank statement');
  }
  if (/^!(?:Type|Account|Option|Clear)\b/i.test(head)) return 'qif';
  if (detectDelimiter(text)) return 'csv';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'qif') return 'qif';
  if (ext === 'ofx' || ext === 'qfx') return 'ofx';
  throw unreadable('Unknown format: this is not a CSV, OFX, QIF or CAMT.053 statement');
}
