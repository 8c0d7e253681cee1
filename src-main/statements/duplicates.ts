// Likely duplicates of movements typed by hand: same amount, value date within ±3 days, and a
// similar payee (or description). Pure; the preview offers "match" or "keep" for each pair.
import type { Money } from '../../src-shared/money';
import { daysBetween } from './dates';
import type { IsoDate, StatementLine } from './types';

export const DUPLICATE_WINDOW_DAYS = 3;
/** Share of the shorter name's words found in the other name. */
export const MIN_SIMILARITY = 0.5;

export interface ExistingMovement {
  eventId: string;
  valueDate: IsoDate;
  amount: Money;
  payee?: string;
  description?: string;
}

export interface LikelyDuplicate {
  /** Index into the statement lines given. */
  lineIndex: number;
  eventId: string;
  /** Existing value date minus the line's value date, in days. */
  dayDifference: number;
  /** 0..1, or null when one side has no payee or description to compare (amount and date decide). */
  similarity: number | null;
}

type Comparable = Pick<StatementLine, 'valueDate' | 'amount' | 'payee' | 'description'>;

/**
 * Pairs lines with existing movements; each line and each movement is in at most one pair. The
 * most similar pairs are taken first, then the closest in date.
 */
export function findLikelyDuplicates(
  lines: readonly Comparable[],
  existing: readonly ExistingMovement[],
): LikelyDuplicate[] {
  const byAmount = new Map<string, number[]>();
  existing.forEach((e, i) => {
    const key = `${e.amount.currency}:${e.amount.minor}`;
    const list = byAmount.get(key);
    if (list) list.push(i);
    else byAmount.set(key, [i]);
  });
  const existingNames = new Map<number, string[][]>();
  const candidates: Array<LikelyDuplicate & { e: number }> = [];
  lines.forEach((line, lineIndex) => {
    const near = byAmount.get(`${line.amount.currency}:${line.amount.minor}`);
    if (!near) return;
    const names = nameTokens(line);
    for (const e of near) {
      const m = existing[e]!;
      const dayDifference = daysBetween(line.valueDate, m.valueDate);
      if (!(Math.abs(dayDifference) <= DUPLICATE_WINDOW_DAYS)) continue;
      if (!existingNames.has(e)) existingNames.set(e, nameTokens(m));
      const similarity = similarityOf(names, existingNames.get(e)!);
      if (similarity !== null && similarity < MIN_SIMILARITY) continue;
      candidates.push({ lineIndex, eventId: m.eventId, dayDifference, similarity, e });
    }
  });
  candidates.sort(
    (a, b) =>
      (b.similarity ?? MIN_SIMILARITY) - (a.similarity ?? MIN_SIMILARITY) ||
      Math.abs(a.dayDifference) - Math.abs(b.dayDifference) ||
      a.lineIndex - b.lineIndex ||
      a.e - b.e,
  );
  const usedLines = new Set<number>();
  const usedExisting = new Set<number>();
  const out: LikelyDuplicate[] = [];
  for (const { e, ...c } of candidates) {
    if (usedLines.has(c.lineIndex) || usedExisting.has(e)) continue;
    usedLines.add(c.lineIndex);
    usedExisting.add(e);
    out.push(c);
  }
  return out.sort((a, b) => a.lineIndex - b.lineIndex);
}

// Words every bank puts around a name; they say nothing about who was paid.
const NOISE = new Set(
  'payment card purchase pos sepa lastschrift ueberweisung gutschrift dauerauftrag transfer debit credit visa mastercard ec the and of to from for gmbh ag inc ltd llc co kg sa'.split(
    ' ',
  ),
);

/**
 * Case, accents and punctuation do not matter, and "ae/oe/ue" equal "a/o/u" on both sides, so
 * "Müller-Lüdenscheidt GmbH", "MUELLER LUEDENSCHEIDT" and "muller ludenscheidt" are the same words.
 */
export function normalizeName(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !/^\d+$/.test(t) && !NOISE.has(t));
}

function nameTokens(m: { payee?: string; description?: string }): string[][] {
  return [m.payee, m.description].flatMap((s) => {
    const t = s ? normalizeName(s) : [];
    return t.length ? [t] : [];
  });
}

/** The best match over payee/description of either side; null when a side has nothing to compare. */
function similarityOf(a: string[][], b: string[][]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, overlap(x, y));
  return best;
}

function overlap(a: string[], b: string[]): number {
  const joinedA = a.join('');
  const joinedB = b.join('');
  const [shortJ, longJ] = joinedA.length <= joinedB.length ? [joinedA, joinedB] : [joinedB, joinedA];
  if (shortJ.length >= 4 && longJ.includes(shortJ)) return 1;
  const setB = new Set(b);
  const common = new Set(a.filter((t) => setB.has(t))).size;
  return common / Math.min(new Set(a).size, setB.size);
}
