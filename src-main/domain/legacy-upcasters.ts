// Upcasters for events written before money became integer minor units. Schema version 1 is the
// seed's shape: float amounts in major units (and `owner_name` / `initial_balance`). Those files
// predate multi-currency support, so a v1 event without a currency is read as LEGACY_CURRENCY.
import { parseAmount, currencyExponent } from '../../src-shared/money';
import { UpcasterRegistry } from '../eventstore/upcasters';

export const LEGACY_CURRENCY = 'EUR';

/** A float of major units to exact minor units: toFixed rounds the binary value once, correctly. */
function floatToMoney(amount: unknown, currency: string) {
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    throw new Error(`Legacy amount is not a number: ${String(amount)}`);
  const r = parseAmount(Math.abs(amount).toFixed(currencyExponent(currency)), currency);
  if (!r.ok) throw new Error(`Legacy amount ${amount}: ${r.message}`);
  return r.money;
}

const legacyCurrency = (d: Record<string, unknown>) =>
  typeof d.currency === 'string' ? d.currency : LEGACY_CURRENCY;

export function ledgerUpcasters(): UpcasterRegistry {
  return new UpcasterRegistry()
    .register('AccountCreated', 1, (d) => {
      const currency = legacyCurrency(d);
      return {
        owner: d.owner_name,
        currency,
        openingBalance: floatToMoney(d.initial_balance ?? 0, currency),
      };
    })
    .register('MoneyDeposited', 1, (d) => ({ amount: floatToMoney(d.amount, legacyCurrency(d)) }))
    .register('MoneyWithdrawn', 1, (d) => ({ amount: floatToMoney(d.amount, legacyCurrency(d)) }));
}
