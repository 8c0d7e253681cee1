// One tolerant reader for both OFX dialects: 1.x SGML (leaf elements have no end tag) and 2.x
// XML (everything closed). Real "OFX 2" files often mix the two, so no XML parser is used here.
// An element is a container when it is a known OFX aggregate or its name is ever closed in the
// file (`</NAME>` appears); any other element is a leaf whose value is the text up to the next tag.
// (The known list keeps a truncated file, whose outer end tags are missing, recognisably truncated.)
// Only the five XML entities and numeric references are decoded; a DOCTYPE is refused.
import { unreadable } from './errors';
import { decodeXmlText, LineIndex } from './text';

export interface OfxNode {
  name: string;
  line: number;
  /** A leaf's text (entities decoded, trimmed); undefined for containers. */
  value?: string;
  children: OfxNode[];
}

export interface OfxDocument {
  /** OFX 1 SGML header VERSION, or the OFX 2 processing instruction's VERSION. */
  version?: string;
  root: OfxNode;
}

const MAX_DEPTH = 100;

const AGGREGATES = [
  'OFX',
  'SIGNONMSGSRSV1',
  'SONRS',
  'STATUS',
  'FI',
  'BANKMSGSRSV1',
  'STMTTRNRS',
  'STMTRS',
  'CREDITCARDMSGSRSV1',
  'CCSTMTTRNRS',
  'CCSTMTRS',
  'BANKACCTFROM',
  'BANKACCTTO',
  'CCACCTFROM',
  'CCACCTTO',
  'BANKTRANLIST',
  'STMTTRN',
  'PAYEE',
  'CURRENCY',
  'ORIGCURRENCY',
  'LEDGERBAL',
  'AVAILBAL',
  'BALLIST',
  'BAL',
  'INVSTMTMSGSRSV1',
  'INVSTMTTRNRS',
  'INVSTMTRS',
];

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z][\w.]*)[^<>]*?(\/?)>|((?:[^<]|<(?![A-Za-z/!?]))[^<]*(?:<(?![A-Za-z/!?])[^<]*)*)|</y;

export function readOfx(text: string): OfxDocument {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw unreadable(
      'The file declares a DOCTYPE or entities, which OFX statements never do: refused for safety',
    );
  }
  const start = text.search(/<OFX[\s>]/i);
  if (start === -1) throw unreadable('This is not an OFX file: it has no <OFX> element');
  const lines = new LineIndex(text);
  const closed = new Set<string>(AGGREGATES);
  for (const m of text.slice(start).matchAll(/<\/([A-Za-z][\w.]*)\s*>/g)) closed.add(m[1]!.toUpperCase());

  const root: OfxNode = { name: '#root', line: 1, children: [] };
  const stack: OfxNode[] = [root];
  let leaf: OfxNode | null = null; // an SGML leaf waiting for its text
  const re = new RegExp(TOKEN.source, 'y');
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const top = stack[stack.length - 1]!;
    const [whole, cdata, slash, rawName, selfClose, chars] = m;
    if (chars !== undefined || cdata !== undefined) {
      const value = cdata ?? decodeXmlText(chars!).trim();
      if (leaf) leaf.value = value;
      else if (value !== '' && top !== root) top.value = (top.value ?? '') + value;
      leaf = null;
      continue;
    }
    leaf = null;
    if (rawName === undefined) {
      if (whole === '<') {
        throw unreadable('A tag starts here but never ends: the file is truncated or malformed', {
          line: lines.lineAt(m.index),
        });
      }
      continue; // comment or processing instruction
    }
    const name = rawName.toUpperCase();
    const line = lines.lineAt(m.index);
    if (slash) {
      close(stack, name, line);
      continue;
    }
    const node: OfxNode = { name, line, children: [] };
    top.children.push(node);
    if (selfClose) node.value = '';
    else if (closed.has(name)) {
      // A statement nests about 8 deep; a hostile file must not make the readers below recurse forever.
      if (stack.length > MAX_DEPTH) throw unreadable(`Elements nest more than ${MAX_DEPTH} deep`, { line });
      stack.push(node);
    } else leaf = node;
  }
  if (stack.length > 1) {
    const open = stack[1]!;
    throw unreadable(
      `The file ends before <${open.name}> (opened on line ${open.line}) is closed: it is truncated`,
      {
        line: LineIndex.lastLine(text),
      },
    );
  }
  const ofx = root.children.find((n) => n.name === 'OFX');
  if (!ofx) throw unreadable('This is not an OFX file: it has no <OFX> element');
  return { version: headerVersion(text.slice(0, start)), root: ofx };
}

/** Pops up to the element `name`; elements left open in between hand their children up. */
function close(stack: OfxNode[], name: string, line: number): void {
  const at = stack.findLastIndex((n) => n.name === name);
  if (at < 1) throw unreadable(`</${name}> closes an element that was never opened`, { line });
  while (stack.length - 1 > at) {
    const unclosed = stack.pop()!;
    const parent = stack[stack.length - 1]!;
    parent.children.push(...unclosed.children);
    unclosed.children = [];
    unclosed.value ??= '';
  }
  stack.pop();
}

function headerVersion(header: string): string | undefined {
  return (
    /^\s*VERSION\s*:\s*(\d+)/m.exec(header)?.[1] ?? /<\?OFX[^>]*\bVERSION\s*=\s*"(\d+)"/i.exec(header)?.[1]
  );
}

export const child = (n: OfxNode | undefined, name: string) => n?.children.find((c) => c.name === name);
export const childrenNamed = (n: OfxNode | undefined, name: string) =>
  n?.children.filter((c) => c.name === name) ?? [];
export const valueOf = (n: OfxNode | undefined, ...path: string[]): string | undefined => {
  let cur = n;
  for (const p of path) cur = child(cur, p);
  return cur?.value === '' ? undefined : cur?.value;
};

/** Every node named `name` anywhere below `n`, in document order. */
export function findAll(n: OfxNode, name: string, out: OfxNode[] = []): OfxNode[] {
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}
