// Untrusted XML through fast-xml-parser, safely: a DOCTYPE or ENTITY declaration is refused
// before parsing (no external entities, no billion laughs), entity processing is off in the
// parser too, and only the five predefined entities and numeric references are decoded here.
// Every element keeps its source offset, so errors and lines name the file's own line number.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unreadable } from './errors';
import { decodeXmlText, LineIndex } from './text';

export type XmlElement = { readonly [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  captureMetaData: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
const META = XMLParser.getMetaDataSymbol() as unknown as string;

export class XmlDocument {
  private readonly lines: LineIndex;

  constructor(
    readonly root: XmlElement,
    text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  lineOf(el: XmlElement | undefined, fallback = 1): number {
    const meta = el?.[META] as { startIndex?: number } | undefined;
    return meta?.startIndex === undefined ? fallback : this.lines.lineAt(meta.startIndex);
  }
}

export function readXml(text: string): XmlDocument {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw unreadable(
      'The file declares a DOCTYPE or entities, which bank statements never do: refused for safety',
    );
  }
  refuseTruncated(text);
  const check = XMLValidator.validate(text);
  if (check !== true) {
    const { msg, line } = check.err;
    const unclosed = /^Unclosed tag '([^']+)'/.exec(msg);
    if (unclosed) {
      throw unreadable(
        `The file ends before <${unclosed[1]}> (opened on line ${line}) is closed: it is truncated`,
        {
          line: LineIndex.lastLine(text),
        },
      );
    }
    throw unreadable(`The XML is malformed: ${msg}`, { line });
  }
  let root: XmlElement;
  try {
    root = parser.parse(text) as XmlElement;
  } catch (e) {
    // e.g. "Maximum nested tags exceeded" (100 levels; a statement needs about 12)
    throw unreadable(`The XML cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return new XmlDocument(root, text);
}

/** A file cut short (download, copy) mostly ends inside the root: say so plainly. */
function refuseTruncated(text: string): void {
  const root = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w.:-]*)/.exec(text)?.[1];
  if (!root) throw unreadable('This is not an XML document: no root element', { line: 1 });
  let tail = text.trimEnd();
  while (tail.endsWith('-->') && tail.lastIndexOf('<!--') !== -1)
    tail = tail.slice(0, tail.lastIndexOf('<!--')).trimEnd();
  if (new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`).test(tail) || tail.endsWith('/>')) return;
  throw unreadable(`The file ends before the <${root}> element is closed: it is truncated`, {
    line: LineIndex.lastLine(text),
  });
}

export function kids(el: XmlElement | undefined, name: string): XmlElement[] {
  const v = el?.[name];
  return Array.isArray(v) ? (v as XmlElement[]) : [];
}

export const kid = (el: XmlElement | undefined, name: string): XmlElement | undefined => kids(el, name)[0];

/** Follows a path of first children. */
export function at(el: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let cur = el;
  for (const p of path) cur = kid(cur, p);
  return cur;
}

/** The element's text (entities decoded), undefined when empty or absent. */
export function text(el: XmlElement | undefined, ...path: string[]): string | undefined {
  const raw = at(el, ...path)?.['#text'];
  if (typeof raw !== 'string' || raw === '') return undefined;
  return decodeXmlText(raw);
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  const raw = el?.[`@${name}`];
  return typeof raw === 'string' ? decodeXmlText(raw) : undefined;
}
