// One rule for every name, owner, description and reason a user types, wherever it comes from
// (CLI, IPC, the browser bridge): no control characters (C0, DEL, C1), no bidirectional
// overrides or isolates, and not only zero-width characters. Shared, so the contract and the CLI
// refuse the same text with the same message.
import type { z } from 'zod';

/** C0 controls, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** Bidi embeddings, overrides and isolates (LRE..RLO, LRI..PDI) and the marks LRM/RLM/ALM. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/** Zero-width characters and the BOM. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;

export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is refused, naming the character; null when it is acceptable. */
export function textProblem(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) return `contains the control character ${codePoint(control[0])}`;
  const bidi = BIDI.exec(text);
  if (bidi) return `contains the bidirectional formatting character ${codePoint(bidi[0])}`;
  if (text.length > 0 && text.replace(ZERO_WIDTH, '').trim().length === 0)
    return 'contains only invisible (zero-width) characters';
  return null;
}

/** Characters never printed raw to a terminal: controls (but newline and tab) and bidi ones. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;

/** `text` with every unprintable character written as \uXXXX (valid inside JSON strings too). */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `schema` (a string field) refusing what textProblem refuses, the message naming the field. */
export const plainText = <S extends z.ZodType<string>>(schema: S, what: string): S =>
  schema.superRefine((v, ctx) => {
    const problem = textProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
  }) as S;
