// Small text helpers shared by the parsers: line numbers from offsets, the field-length rule,
// XML character references.
import { invalid } from './errors';
import type { SourceRef } from './types';

/** Payee, description and category: longer text is cut to this many characters (a note says so). */
export const MAX_TEXT_LENGTH = 500;
/** Bank references and check numbers are identities: longer ones are refused, never cut. */
export const MAX_REF_LENGTH = 200;

/** Maps a character offset to its 1-based line number (text uses '\n' only, see decode.ts). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line of the last character that is not whitespace (where a truncated file stops). */
  static lastLine(text: string): number {
    const end = text.trimEnd().length;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
    return line;
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export interface CleanText {
  text: string | undefined;
  truncated: boolean;
}

/** Collapses whitespace (newlines in quoted CSV fields included); empty becomes undefined. */
export function cleanText(raw: string | undefined, max = MAX_TEXT_LENGTH): CleanText {
  if (raw === undefined) return { text: undefined, truncated: false };
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return { text: undefined, truncated: false };
  if (text.length <= max) return { text, truncated: false };
  const chars = Array.from(text); // by code point, so an emoji is never cut in half
  if (chars.length <= max) return { text, truncated: false };
  return { text: `${chars.slice(0, max - 1).join('')}…`, truncated: true };
}

/**
 * Collects the text fields of one statement line under the field-length rule, and the notes
 * about what was cut, so every parser applies the rule the same way.
 */
export class TextFields {
  constructor(private readonly notes: string[]) {}

  text(raw: string | undefined, what: string, line: number): string | undefined {
    const { text, truncated } = cleanText(raw);
    if (truncated) this.notes.push(`Line ${line}: the ${what} was cut to ${MAX_TEXT_LENGTH} characters`);
    return text;
  }

  /** A bank reference or check number: trimmed, and refused (never cut) when too long. */
  ref(raw: string | undefined, what: string, where: SourceRef): string | undefined {
    const text = raw?.trim();
    if (!text) return undefined;
    if (text.length > MAX_REF_LENGTH) {
      throw invalid(`The ${what} is longer than ${MAX_REF_LENGTH} characters`, where);
    }
    return text;
  }
}

/** Decodes the five predefined XML entities and numeric character references; nothing else. */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, ref: string) => {
    switch (ref) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}
