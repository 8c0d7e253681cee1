import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inferDecimal, parseStatementAmount, type AmountStyle } from '../../../src-main/statements/amounts';
import { expectRefused } from './helpers';

const comma: AmountStyle = { decimal: ',', grouping: true };
const point: AmountStyle = { decimal: '.', grouping: true };
const plain: AmountStyle = { decimal: '.', grouping: false };
const at = { line: 7 };
const minor = (text: string, style: AmountStyle, currency = 'EUR') =>
  parseStatementAmount(text, currency, style, at).money.minor;

describe('parseStatementAmount', () => {
  it.each([
    ['-1.234,56', comma, -123456],
    ['1 234,56', comma, 123456],
    ['1\u00a0234,56', comma, 123456],
    ['12,5-', comma, -1250],
    ['(12,50)', comma, -1250],
    ['+3.210,55', comma, 321055],
    ['−7,00', comma, -700],
    ['1,234.56', point, 123456],
    ["1'234.56", point, 123456],
    ['(1,200.00)', point, -120000],
    ['$1,200.00', point, 120000],
    ['-$5.00', point, -500],
    ['€ -3,80', comma, -380],
    ['-3,80 €', comma, -380],
    ['12.50 EUR', point, 1250],
    ['.50', point, 50],
    ['-.50', plain, -50],
    ['0.00', plain, 0],
    ['-0', plain, 0],
    ['1.500', plain, 150],
  ])('reads %j', (text, style, expected) => {
    expect(minor(text, style)).toBe(expected);
  });

  it('reports an ISO code written beside the number', () => {
    expect(parseStatementAmount('12.50 USD', 'USD', point, at)).toEqual({
      money: { minor: 1250, currency: 'USD' },
      code: 'USD',
    });
  });

  it('follows the currency precision', () => {
    expect(minor('1500', plain, 'JPY')).toBe(1500);
    expect(minor('1.234', plain, 'BHD')).toBe(1234);
    expect(minor('1.234', comma, 'JPY')).toBe(1234); // a thousands point
    expectRefused(
      () => parseStatementAmount('1.5', 'JPY', plain, at),
      'invalid',
      7,
      /JPY has no decimal places/,
    );
  });

  it.each([
    ['12.5', comma, /not an amount with "," as the decimal separator/],
    ['1.234.5', point, /not an amount/],
    ['12,3x', comma, /not an amount/],
    ['1,234.56', plain, /not an amount/],
    ['--5', point, /not an amount/],
    ['(5', point, /not an amount/],
    ['', point, /is empty/],
    ['1.505', point, /more precise than EUR allows/],
    ['12.50 XYZ', point, /not an amount/],
    ['90071992547409.92', point, /larger than the ledger can hold/],
    ['9'.repeat(65), point, /not an amount/],
  ])('refuses %j naming the line', (text, style, message) => {
    expectRefused(() => parseStatementAmount(text, 'EUR', style, at), 'invalid', 7, message);
  });

  it('property: any amount written in any supported style parses back exactly', () => {
    const styles = fc.record({
      decimal: fc.constantFrom(',', '.'),
      group: fc.constantFrom('', ' ', '\u00a0', "'", 'other'),
      sign: fc.constantFrom('lead', 'trail', 'parens'),
    });
    fc.assert(
      fc.property(fc.maxSafeInteger(), styles, (n, s) => {
        const decimal = s.decimal as ',' | '.';
        const group = s.group === 'other' ? (decimal === ',' ? '.' : ',') : s.group;
        const digits = String(Math.abs(n)).padStart(3, '0');
        const int = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, group);
        const body = `${int}${decimal}${digits.slice(-2)}`;
        const text =
          n >= 0 ? body : s.sign === 'lead' ? `-${body}` : s.sign === 'trail' ? `${body}-` : `(${body})`;
        expect(minor(text, { decimal, grouping: true })).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('inferDecimal', () => {
  it.each([
    [['-12,30', '4,00'], ','],
    [['1.234,56'], ','],
    [['1,234.56'], '.'],
    [['12.5', '100'], '.'],
    [['1,234', '100'], undefined],
    [['1.234'], undefined],
    [[], undefined],
  ])('%j -> %s', (samples, expected) => {
    expect(inferDecimal(samples)).toBe(expected);
  });
});
