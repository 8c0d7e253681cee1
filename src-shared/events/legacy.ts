// Reading events written before money became integer minor units. Schema version 1 is the seed's
// shape: float amounts in major units (and `owner_name` / `initial_balance`). Those files predate
// multi-currency support, so a v1 event without a currency is read as LEGACY_CURRENCY.
import { LedgerError } from '../errors';
import { currencyExponent, parseAmount, type Money } from '../money';

export const LEGACY_CURRENCY = 'EUR';

/**
 * A float of major units to exact minor units: toFixed rounds the binary value once, correctly.
 * The seed never stored a negative amount (a withdrawal's sign is its type), so a negative one is
 * a forged or damaged event: refused, never flipped into money the account did not have.
 */
export function legacyFloatToMoney(amount: unknown, currency: string): Money {
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    throw new Error(`Legacy amount is not a number: ${String(amount)}`);
  if (amount < 0)
    throw new LedgerError(
      'io',
      `A legacy (schema 1) event holds the negative amount ${amount}; the seed never wrote one, so the log is damaged or forged`,
      'legacy_amount_negative',
    );
  const r = parseAmount((amount === 0 ? 0 : amount).toFixed(currencyExponent(currency)), currency);
  if (!r.ok) throw new Error(`Legacy amount ${amount}: ${r.message}`);
  return r.money;
}

export const legacyCurrency = (d: Record<string, unknown>): string =>
  typeof d.currency === 'string' ? d.currency : LEGACY_CURRENCY;

/** v1 → v2 of a deposit or withdrawal: `{ amount: float }` → `{ amount: Money }`. */
export const legacyMovement = (d: Record<string, unknown>) => ({
  amount: legacyFloatToMoney(d.amount, legacyCurrency(d)),
});
