// The search box's query language (src-shared/search-query.ts): pure parsing, no data.
import { describe, expect, it } from 'vitest';
import { decimalToScaled, foldText, inSubtree, parseSearchQuery } from '../../src-shared/search-query';

const parse = (s: string) => {
  const r = parseSearchQuery(s);
  if (!r.ok) throw new Error(r.message);
  return r.query;
};

describe('search query', () => {
  it('splits free words, "quoted phrases" and the keyed words', () => {
    expect(
      parse('coffee "corner shop" payee:Café category:Food tag:work from:2026-01-01 to:2026-02-01'),
    ).toEqual({
      words: ['coffee', 'corner shop'],
      payee: ['Café'],
      category: ['Food'],
      tags: ['work'],
      from: '2026-01-01',
      to: '2026-02-01',
    });
    expect(parse('payee:"Corner Shop"').payee).toEqual(['Corner Shop']);
    expect(parse('category:" Food : Groceries "').category).toEqual(['Food:Groceries']);
  });

  it('reads amount bounds: >N, <N, >=N, N..M and an exact N', () => {
    expect(parse('amount:>100')).toMatchObject({ amountMin: { value: '100', exclusive: true } });
    expect(parse('amount:<20')).toMatchObject({ amountMax: { value: '20', exclusive: true } });
    expect(parse('amount:>=5.5')).toMatchObject({ amountMin: { value: '5.5', exclusive: false } });
    expect(parse('amount:10..50')).toMatchObject({
      amountMin: { value: '10', exclusive: false },
      amountMax: { value: '50', exclusive: false },
    });
    expect(parse('amount:12.34')).toMatchObject({
      amountMin: { value: '12.34' },
      amountMax: { value: '12.34' },
    });
  });

  it.each([
    ['amount:abc', /amount:/],
    ['amount:50..10', /low end/],
    ['amount:1.2345', /amount:/],
    ['from:2026-13-01', /from: needs a date/],
    ['from:2026-02-01 to:2026-01-01', /after/],
    ['payee:', /needs a value/],
    ['category:Food::x', /empty level/],
  ])('refuses %s', (q, message) => {
    const r = parseSearchQuery(q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('compares amounts in thousandths, names without case or accents, categories by level', () => {
    expect(decimalToScaled('12.5')).toBe(12500n);
    expect(decimalToScaled('0.001')).toBe(1n);
    expect(foldText('Café ÉTÉ')).toBe('cafe ete');
    expect(inSubtree('Food:Groceries', 'food')).toBe(true);
    expect(inSubtree('Food', 'Food')).toBe(true);
    expect(inSubtree('Foodstuff', 'Food')).toBe(false);
    expect(inSubtree('Food:Groceries', 'Food:Gro')).toBe(false);
  });
});
