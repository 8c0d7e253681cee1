import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CurrencyCode,
  currencyExponent,
  formatMoney,
  parseAmount,
  parseLocalizedAmount,
  parseSignedDecimal,
  toDecimalString,
} from '../../src-shared/money';

describe('parseAmount', () => {
  it('parses decimals exactly into minor units', () => {
    expect(parseAmount('1234.56', 'EUR')).toEqual({ ok: true, money: { minor: 123456, currency: 'EUR' } });
    expect(parseAmount('0.1', 'EUR')).toEqual({ ok: true, money: { minor: 10, currency: 'EUR' } });
    expect(parseAmount('  7 ', 'EUR')).toEqual({ ok: true, money: { minor: 700, currency: 'EUR' } });
    expect(parseAmount('1.50', 'EUR')).toEqual({ ok: true, money: { minor: 150, currency: 'EUR' } });
  });

  it('follows the currency precision', () => {
    expect(parseAmount('1500', 'JPY')).toEqual({ ok: true, money: { minor: 1500, currency: 'JPY' } });
    expect(parseAmount('1.5', 'JPY').ok).toBe(false);
    expect(parseAmount('1.234', 'BHD')).toEqual({ ok: true, money: { minor: 1234, currency: 'BHD' } });
    expect(parseAmount('1.2345', 'BHD').ok).toBe(false);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it('accepts trailing zeros beyond the precision but not digits', () => {
    expect(parseAmount('1.500', 'EUR')).toEqual({ ok: true, money: { minor: 150, currency: 'EUR' } });
    expect(parseAmount('1.505', 'EUR')).toMatchObject({
      ok: false,
      message: 'EUR allows at most 2 decimal places',
    });
  });

  it.each(['', 'abc', '-5', '+5', '1e3', '1E3', 'NaN', 'Infinity', '1,000.00', '1.', '.5', '0x10', '١٢'])(
    'rejects %j',
    (text) => {
      expect(parseAmount(text, 'EUR').ok).toBe(false);
    },
  );

  it('rejects amounts beyond the safe integer range of minor units', () => {
    expect(parseAmount('90071992547409.91', 'EUR')).toEqual({
      ok: true,
      money: { minor: Number.MAX_SAFE_INTEGER, currency: 'EUR' },
    });
    expect(parseAmount('90071992547409.92', 'EUR')).toMatchObject({
      ok: false,
      message: 'Amount is too large',
    });
    expect(parseAmount('1'.repeat(40), 'EUR').ok).toBe(false);
  });

  it('round-trips every safe amount through its decimal string', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('EUR', 'JPY', 'BHD'),
        (minor, currency) => {
          const r = parseAmount(toDecimalString({ minor, currency }), currency);
          expect(r).toEqual({ ok: true, money: { minor, currency } });
        },
      ),
    );
  });
});

describe('parseLocalizedAmount', () => {
  it("accepts the locale's separators", () => {
    expect(parseLocalizedAmount('1.234,56', 'EUR', 'de-DE')).toEqual({
      ok: true,
      money: { minor: 123456, currency: 'EUR' },
    });
    expect(parseLocalizedAmount('1,234.56', 'USD', 'en-US')).toEqual({
      ok: true,
      money: { minor: 123456, currency: 'USD' },
    });
    expect(parseLocalizedAmount('1 234,5', 'EUR', 'fr-FR')).toEqual({
      ok: true,
      money: { minor: 123450, currency: 'EUR' },
    });
  });
  it('refuses a point where the locale uses a comma', () => {
    expect(parseLocalizedAmount('12.5', 'EUR', 'de-DE').ok).toBe(false);
  });
});

describe('formatting', () => {
  it('formats for the locale and currency without floats', () => {
    expect(formatMoney({ minor: 123456, currency: 'EUR' }, 'en-US')).toBe('€1,234.56');
    expect(formatMoney({ minor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ minor: -5, currency: 'USD' }, 'en-US')).toBe('-$0.05');
    expect(formatMoney({ minor: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en-US')).toBe(
      '$90,071,992,547,409.91',
    );
    expect(formatMoney({ minor: 123456, currency: 'EUR' }, 'de-DE')).toBe('1.234,56\u00a0€');
  });
  it('prints exact decimal strings', () => {
    expect(toDecimalString({ minor: 5, currency: 'EUR' })).toBe('0.05');
    expect(toDecimalString({ minor: -123456, currency: 'EUR' })).toBe('-1234.56');
    expect(toDecimalString({ minor: 1234, currency: 'BHD' })).toBe('1.234');
    expect(toDecimalString({ minor: 12, currency: 'JPY' })).toBe('12');
  });
  it('validates currency codes', () => {
    expect(CurrencyCode.safeParse('EUR').success).toBe(true);
    expect(CurrencyCode.safeParse('eur').success).toBe(false);
    expect(CurrencyCode.safeParse('XYZ').success).toBe(false);
  });
});

describe('parseSignedDecimal', () => {
  it('parses signed plain decimals exactly', () => {
    expect(parseSignedDecimal('-1234.56', 'EUR')).toEqual({
      ok: true,
      money: { minor: -123456, currency: 'EUR' },
    });
    expect(parseSignedDecimal('+7', 'EUR')).toEqual({ ok: true, money: { minor: 700, currency: 'EUR' } });
    expect(parseSignedDecimal(' 0.5 ', 'EUR')).toEqual({ ok: true, money: { minor: 50, currency: 'EUR' } });
    expect(parseSignedDecimal('-1.234', 'BHD')).toEqual({
      ok: true,
      money: { minor: -1234, currency: 'BHD' },
    });
  });

  it('has no minus zero', () => {
    const r = parseSignedDecimal('-0.00', 'EUR');
    expect(r.ok && Object.is(r.money.minor, 0)).toBe(true);
  });

  it.each(['', '--1', '- 1', '1e3', '1,5', '.5', 'abc', '1.505'])('rejects %j', (text) => {
    expect(parseSignedDecimal(text, 'EUR').ok).toBe(false);
  });

  it('keeps the size limit of parseAmount', () => {
    expect(parseSignedDecimal('-90071992547409.91', 'EUR').ok).toBe(true);
    expect(parseSignedDecimal('-90071992547409.92', 'EUR')).toEqual({
      ok: false,
      message: 'Amount is too large',
    });
  });
});
