import { describe, expect, it } from 'vitest';
import type { ErrorInfo } from '../../src-shared/errors';
import { errorText } from '../../src-renderer/src/lib/error-text';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const refusal = (reason: string, message: string, details?: Record<string, unknown>): ErrorInfo => ({
  code: 'domain',
  reason,
  message,
  ...(details ? { details } : {}),
});

describe('errorText', () => {
  it('words insufficient funds from its details, amounts as the page shows them', () => {
    const e = refusal('insufficient_funds', 'Insufficient funds: balance 70.00 EUR, withdrawal 2292.65 EUR', {
      balance: eur(7000),
      amount: eur(229265),
      operation: 'withdrawal',
    });
    expect(errorText(e, 'en-US')).toBe('Insufficient funds: the balance is €70.00, the withdrawal €2,292.65');
    expect(errorText(e, 'de-DE').replace(/\u00a0/g, ' ')).toBe(
      'Insufficient funds: the balance is 70,00 €, the withdrawal 2.292,65 €',
    );
  });

  it('words a refused close from the balance in its details', () => {
    const e = refusal('balance_not_zero', 'Only … the balance is 12.00 EUR', { balance: eur(1200) });
    expect(errorText(e, 'en-US')).toBe(
      'Only an account with a zero balance can be closed; the balance is €12.00',
    );
  });

  it("falls back to the core's message when details are missing or malformed", () => {
    const message = 'Insufficient funds: balance 70.00 EUR, withdrawal 2292.65 EUR';
    const formatted = 'Insufficient funds: balance €70.00, withdrawal €2,292.65';
    expect(errorText(refusal('insufficient_funds', message), 'en-US')).toBe(formatted);
    expect(
      errorText(
        refusal('insufficient_funds', message, { balance: 7000, amount: { minor: 1.5, currency: 'EUR' } }),
        'en-US',
      ),
    ).toBe(formatted);
    // An odd operation word never reaches the sentence.
    expect(
      errorText(
        refusal('insufficient_funds', message, { balance: eur(1), amount: eur(2), operation: '<b>x</b>' }),
        'en-US',
      ),
    ).toBe('Insufficient funds: the balance is €0.01, the amount €0.02');
  });

  it("reformats the core's exact amounts in any message, and leaves other text alone", () => {
    expect(errorText({ code: 'domain', message: 'The balance is -5.00 EUR after 3 JPY' }, 'en-US')).toBe(
      'The balance is -€5.00 after ¥3',
    );
    expect(errorText({ code: 'validation', message: 'EUR allows at most 2 decimal places' }, 'en-US')).toBe(
      'EUR allows at most 2 decimal places',
    );
    expect(errorText({ code: 'io', message: 'The file v1.2 EUR-ledger is locked' }, 'en-US')).toBe(
      'The file v1.2 EUR-ledger is locked',
    );
  });
});
