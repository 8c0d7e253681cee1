import { describe, expect, it } from 'vitest';
import { decodeStatement, normalizeEncodingName } from '../../../src-main/statements/decode';
import { exitCodeFor } from '../../../src-shared/errors';
import { expectRefused, fixture, utf8 } from './helpers';

const TEXT = 'Datum;Empfänger;Betrag\n01.02.2024;Café Zoë – „ß“;-1,00 €\n';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
};
const withBom = (bom: number[], b: Uint8Array) => Buffer.concat([Buffer.from(bom), b]);

describe('decodeStatement', () => {
  it.each([
    ['UTF-8 without BOM', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], utf8(TEXT)), 'utf-8'],
    ['UTF-16 LE with BOM', withBom([0xff, 0xfe], utf16le(TEXT)), 'utf-16le'],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], utf16be(TEXT)), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16le(TEXT), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be(TEXT), 'utf-16be'],
  ])('detects %s', (_name, bytes, encoding) => {
    expect(decodeStatement(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('reads a Windows-1252 export (€ ‚ „ “ – are in 0x80-0x9F, where ISO-8859-1 has controls)', () => {
    const { text, encoding } = decodeStatement(fixture('csv/de-windows1252.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(
      'Buchungstag;Empfänger;Verwendungszweck;Betrag\n' +
        '05.03.2024;Bäckerei Müller;Brötchen – „Frühstück“;-3,80\n' +
        '06.03.2024;Café Zoë;Kaffee 2 € Trinkgeld;-4,50\n',
    );
  });

  it('maps every defined Windows-1252 byte 0x80-0x9F as the WHATWG table does', () => {
    const defined = [0x80, ...Array.from({ length: 0x1f }, (_, i) => 0x81 + i)].filter(
      (b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b),
    );
    const { text } = decodeStatement(Uint8Array.from(defined), 'windows-1252');
    expect(text).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  });

  it('refuses the five undefined Windows-1252 bytes, naming the line', () => {
    expectRefused(
      () => decodeStatement(Uint8Array.from([0x41, 0x0a, 0x42, 0x0a, 0x43, 0x81]), 'windows-1252'),
      'unreadable',
      3,
      /control character U\+0081 as read in Windows-1252/,
    );
  });

  it('reads ISO-8859-1 when asked, and points to Windows-1252 when a 0x80-0x9F byte appears', () => {
    expect(decodeStatement(Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), 'iso-8859-1').text).toBe(
      'Müller',
    );
    expectRefused(
      () => decodeStatement(Uint8Array.from([0x61, 0x0a, 0x80]), 'iso-8859-1'),
      'unreadable',
      2,
      /probably in Windows-1252/,
    );
  });

  it('refuses bytes that are not valid in the encoding the user named, naming the line', () => {
    const err = expectRefused(
      () => decodeStatement(fixture('csv/de-windows1252.csv'), 'utf-8'),
      'unreadable',
      1,
      /not valid UTF-8/,
    );
    expect(exitCodeFor(err.code)).toBe(4);
    const laterLine = Buffer.concat([utf8('a;b\nc;d\ne;'), Buffer.from([0xe4]), utf8(';f\n')]);
    expectRefused(() => decodeStatement(laterLine, 'utf-8'), 'unreadable', 3, /not valid UTF-8/);
  });

  it('refuses an unpaired surrogate in UTF-16, and an odd number of bytes', () => {
    const bad = Buffer.concat([utf16le('x\ny\n'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expectRefused(() => decodeStatement(bad, 'utf-16le'), 'unreadable', 3, /not valid UTF-16 LE/);
    expectRefused(
      () => decodeStatement(withBom([0xff, 0xfe], Buffer.from([0x41, 0x00, 0x42]))),
      'unreadable',
      undefined,
      /truncated/,
    );
  });

  it('refuses a BOM that contradicts the encoding asked for', () => {
    expectRefused(
      () => decodeStatement(withBom([0xff, 0xfe], utf16le('a')), 'utf-8'),
      'unreadable',
      1,
      /UTF-16 LE byte order mark, but UTF-8 was asked for/,
    );
  });

  it('refuses binary data and the empty file', () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256);
    expectRefused(() => decodeStatement(garbage), 'unreadable', 1, /not a text file/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expectRefused(() => decodeStatement(png), 'unreadable', 2, /control character/);
    expectRefused(() => decodeStatement(new Uint8Array()), 'unreadable', undefined, /empty/);
  });

  it('ends lines with \\n whatever the file used, and drops a DOS end-of-file mark', () => {
    expect(decodeStatement(utf8('a\r\nb\rc\nd\u001a')).text).toBe('a\nb\nc\nd');
  });
});

describe('normalizeEncodingName', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['utf-8', 'utf-8'],
    ['UTF-16LE', 'utf-16le'],
    ['utf16be', 'utf-16be'],
    ['CP1252', 'windows-1252'],
    ['Windows-1252', 'windows-1252'],
    ['latin1', 'iso-8859-1'],
    ['ISO-8859-1', 'iso-8859-1'],
  ])('%s is %s', (name, canonical) => {
    expect(normalizeEncodingName(name)).toBe(canonical);
  });

  it('refuses an unknown name as invalid input (exit 2)', () => {
    const err = expectRefused(
      () => normalizeEncodingName('ebcdic'),
      'invalid',
      undefined,
      /"ebcdic" is not an encoding/,
    );
    expect(exitCodeFor(err.code)).toBe(2);
  });
});
