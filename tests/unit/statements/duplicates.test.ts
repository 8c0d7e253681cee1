import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findLikelyDuplicates,
  normalizeName,
  type ExistingMovement,
} from '../../../src-main/statements/duplicates';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const l = (valueDate: string, minor: number, payee?: string, description?: string) => ({
  valueDate,
  amount: eur(minor),
  ...(payee ? { payee } : {}),
  ...(description ? { description } : {}),
});
const m = (
  eventId: string,
  valueDate: string,
  minor: number,
  payee?: string,
  description?: string,
): ExistingMovement => ({
  eventId,
  ...l(valueDate, minor, payee, description),
});

describe('findLikelyDuplicates', () => {
  it('matches same amount, value date within 3 days, similar payee (case, accents, punctuation)', () => {
    const lines = [l('2024-03-01', -4250, 'REWE Markt GmbH'), l('2024-03-05', -1990, 'Müller-Lüdenscheidt')];
    const existing = [
      m('e1', '2024-03-03', -4250, undefined, 'rewe'),
      m('e2', '2024-03-02', -1990, 'MUELLER LUEDENSCHEIDT'),
    ];
    expect(findLikelyDuplicates(lines, existing)).toEqual([
      { lineIndex: 0, eventId: 'e1', dayDifference: 2, similarity: 1 },
      { lineIndex: 1, eventId: 'e2', dayDifference: -3, similarity: 1 },
    ]);
  });

  it('does not match another amount, currency, a date 4 days off, or a different payee', () => {
    const line = [l('2024-03-10', -1000, 'Bakery Smith')];
    expect(findLikelyDuplicates(line, [m('a', '2024-03-10', -1001, 'Bakery Smith')])).toEqual([]);
    expect(
      findLikelyDuplicates(line, [
        { ...m('b', '2024-03-10', -1000, 'Bakery Smith'), amount: { minor: -1000, currency: 'USD' } },
      ]),
    ).toEqual([]);
    expect(findLikelyDuplicates(line, [m('c', '2024-03-14', -1000, 'Bakery Smith')])).toEqual([]);
    expect(findLikelyDuplicates(line, [m('d', '2024-03-06', -1000, 'Bakery Smith')])).toEqual([]);
    expect(findLikelyDuplicates(line, [m('e', '2024-03-10', -1000, 'Petrol station')])).toEqual([]);
  });

  it('lets amount and date decide when one side has no text (or only banking words), reporting null similarity', () => {
    expect(findLikelyDuplicates([l('2024-03-10', -500)], [m('x', '2024-03-11', -500, 'Kiosk')])).toEqual([
      { lineIndex: 0, eventId: 'x', dayDifference: 1, similarity: null },
    ]);
    expect(
      findLikelyDuplicates([l('2024-03-10', -500, 'Kiosk')], [m('y', '2024-03-10', -500, 'Card payment')]),
    ).toEqual([{ lineIndex: 0, eventId: 'y', dayDifference: 0, similarity: null }]);
  });

  it('pairs each movement with at most one line: the most similar, then the closest date', () => {
    const lines = [
      l('2024-01-01', -900, 'Coffee Bar'),
      l('2024-01-02', -900, 'Coffee Bar'),
      l('2024-01-03', -900, 'Coffee Bar'),
    ];
    const existing = [m('late', '2024-01-04', -900, 'coffee bar'), m('early', '2024-01-01', -900, 'Coffee')];
    expect(findLikelyDuplicates(lines, existing)).toEqual([
      { lineIndex: 0, eventId: 'early', dayDifference: 0, similarity: 1 },
      { lineIndex: 2, eventId: 'late', dayDifference: 1, similarity: 1 },
    ]);
  });

  it('property: never pairs a movement or a line twice, and every pair fits the rules', () => {
    const day = fc.integer({ min: 0, max: 20 }).map((d) => `2024-01-${String(d + 1).padStart(2, '0')}`);
    const name = fc.constantFrom(undefined, 'Coffee Bar', 'coffee', 'REWE', 'Rewe Markt', 'Petrol');
    const amount = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, amount, name), { maxLength: 30 }),
        fc.array(fc.tuple(day, amount, name), { maxLength: 30 }),
        (ls, es) => {
          const lines = ls.map(([d, a, p]) => l(d, a, p));
          const existing = es.map(([d, a, p], i) => m(`e${i}`, d, a, p));
          const pairs = findLikelyDuplicates(lines, existing);
          expect(new Set(pairs.map((p) => p.lineIndex)).size).toBe(pairs.length);
          expect(new Set(pairs.map((p) => p.eventId)).size).toBe(pairs.length);
          for (const p of pairs) {
            const e = existing[Number(p.eventId.slice(1))]!;
            expect(e.amount).toEqual(lines[p.lineIndex]!.amount);
            expect(Math.abs(p.dayDifference)).toBeLessThanOrEqual(3);
            expect(p.similarity === null || p.similarity >= 0.5).toBe(true);
          }
        },
      ),
    );
  });
});

describe('normalizeName', () => {
  it('ignores case, accents, umlaut spellings, punctuation and banking noise words', () => {
    expect(normalizeName('Müller-Lüdenscheidt GmbH')).toEqual(normalizeName('MUELLER LUEDENSCHEIDT'));
    expect(normalizeName('Muller Ludenscheidt')).toEqual(normalizeName('MUELLER LUEDENSCHEIDT'));
    expect(normalizeName('Café Zoë, S.A.')).toEqual(['cafe', 'zo']);
    expect(normalizeName('SEPA Lastschrift 12345 Stadtwerke')).toEqual(['stadtwerke']);
  });
});
