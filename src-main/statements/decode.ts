// Bytes to text. Auto-detection order: byte order mark, then UTF-16 without a BOM (recognised by
// its NUL bytes), then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what "ANSI" exports
// are). Line endings come out as '\n' only, so every parser counts lines the same way.
//
// Why not TextDecoder for the single-byte encodings: Node 20.18.3+ decodes 'windows-1252' as
// ISO-8859-1 (bytes 0x80-0x9F come out as C1 controls instead of € ‚ ƒ ..., nodejs/node#56542,
// #60888), so those two are decoded here from a 32-entry table. UTF-8 and UTF-16 use TextDecoder.
import { invalid, unreadable } from './errors';
import type { EncodingName } from './types';

/** Larger files are refused before decoding: a statement of 100,000 lines is far smaller. */
export const MAX_STATEMENT_BYTES = 128 * 1024 * 1024;

const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  ansi: 'windows-1252',
  iso88591: 'iso-8859-1',
  latin1: 'iso-8859-1',
};

/** 'UTF8', 'latin1', 'CP1252', 'UTF-16LE', ... to a canonical name; an unknown name is refused. */
export function normalizeEncodingName(name: string): EncodingName {
  const found = ALIASES[name.toLowerCase().replace(/[^a-z0-9]/g, '')];
  if (!found) {
    throw invalid(
      `"${name}" is not an encoding statements can be read in; use utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1`,
    );
  }
  return found;
}

export const ENCODING_LABELS: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'ISO-8859-1',
};

// Windows-1252 0x80..0x9F; the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are NUL here.
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

export interface DecodedText {
  text: string;
  encoding: EncodingName;
}

export function decodeStatement(bytes: Uint8Array, encoding?: EncodingName): DecodedText {
  if (bytes.length === 0) throw unreadable('The file is empty');
  if (bytes.length > MAX_STATEMENT_BYTES) {
    throw unreadable(`The file is larger than ${MAX_STATEMENT_BYTES / 1024 / 1024} MiB; split the statement`);
  }
  const bom = byteOrderMark(bytes);
  if (encoding && bom && bom.encoding !== encoding) {
    throw unreadable(
      `The file starts with a ${ENCODING_LABELS[bom.encoding]} byte order mark, but ${ENCODING_LABELS[encoding]} was asked for`,
      { line: 1 },
    );
  }
  const chosen =
    encoding ?? bom?.encoding ?? bomlessUtf16(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const body = bom ? bytes.subarray(bom.length) : bytes;
  let text = decodeAs(body, chosen).replace(/\r\n?/g, '\n');
  if (text.endsWith('\u001a')) text = text.slice(0, -1); // the DOS end-of-file mark of old exports
  refuseControlCharacters(text, chosen);
  return { text, encoding: chosen };
}

function byteOrderMark(b: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Mostly-ASCII text in UTF-16 has a NUL in every other byte: odd positions for LE, even for BE. */
function bomlessUtf16(b: Uint8Array): EncodingName | null {
  const pairs = Math.min(b.length, 8192) >> 1;
  if (pairs === 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > pairs * 0.3 && even < odd * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < even * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(b: Uint8Array, encoding: EncodingName): string {
  switch (encoding) {
    case 'iso-8859-1':
      return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
    case 'windows-1252':
      return decodeWindows1252(b);
    case 'utf-16le':
    case 'utf-16be':
      if (b.length % 2 !== 0) {
        throw unreadable(
          `The file ends in the middle of a ${ENCODING_LABELS[encoding]} character: it is truncated or not in that encoding`,
        );
      }
      return decodeUnicode(b, encoding);
    case 'utf-8':
      return decodeUnicode(b, encoding);
  }
}

function decodeWindows1252(b: Uint8Array): string {
  const latin1 = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    // An undefined byte stays a C1 control, which the control-character check refuses by line.
    return mapped === '\u0000' || mapped === undefined ? c : mapped;
  });
}

function decodeUnicode(b: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(b);
  } catch {
    throw unreadable(`The bytes are not valid ${ENCODING_LABELS[encoding]}; choose the file's encoding`, {
      line: firstBadLine(b, encoding),
    });
  }
}

/** Only on the error path: decode line by line to name the first line that is not valid. */
function firstBadLine(b: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): number {
  const unit = encoding === 'utf-8' ? 1 : 2;
  const lf = encoding === 'utf-16be' ? 1 : 0; // where the 0x0A byte sits within a code unit
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i + unit <= b.length; i += unit) {
    const isNewline = b[i + lf] === 0x0a && (unit === 1 || b[i + 1 - lf] === 0);
    if (!isNewline && i + unit < b.length) continue;
    try {
      decoder.decode(b.subarray(start, i + unit));
    } catch {
      return line;
    }
    line++;
    start = i + unit;
  }
  return line;
}

function refuseControlCharacters(text: string, encoding: EncodingName): void {
  // Tab, line feed and form feed are text; any other C0/C1 control means binary data or a wrong encoding.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const m = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/.exec(text);
  if (!m) return;
  const line = lineOfOffset(text, m.index);
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const hint =
    encoding === 'iso-8859-1' && m[0] >= '\u0080'
      ? '; the file is probably in Windows-1252'
      : ': it is not a text file, or not in this encoding';
  throw unreadable(`Contains the control character ${code} as read in ${ENCODING_LABELS[encoding]}${hint}`, {
    line,
  });
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
