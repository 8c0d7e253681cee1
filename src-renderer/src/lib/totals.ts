// Totals per currency of a list of balances: amounts in different currencies never add up.
import { addMoney, type Money } from '../../../src-shared/money';

export interface CurrencyTotal {
  currency: string;
  money: Money;
  count: number;
}

export function totalsByCurrency(rows: readonly { balance: Money }[]): CurrencyTotal[] {
  const by = new Map<string, CurrencyTotal>();
  for (const { balance } of rows) {
    const t = by.get(balance.currency);
    by.set(
      balance.currency,
      t
        ? { ...t, money: addMoney(t.money, balance), count: t.count + 1 }
        : { currency: balance.currency, money: balance, count: 1 },
    );
  }
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
