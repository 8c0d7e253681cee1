// The columns an accounts table sorts by, each with its ascending order.
import type { Money } from '../../../src-shared/money';
import { compareMoney, compareNatural, sortBy, type SortDirection } from './natural-sort';

export interface AccountRow {
  accountId: string;
  owner: string;
  currency: string;
  status: 'open' | 'closed';
  balance: Money;
}

export type AccountSortKey = 'owner' | 'currency' | 'balance' | 'status';

const COMPARE: Record<AccountSortKey, (a: AccountRow, b: AccountRow) => number> = {
  owner: (a, b) => compareNatural(a.owner, b.owner),
  currency: (a, b) => a.currency.localeCompare(b.currency) || compareNatural(a.owner, b.owner),
  balance: (a, b) => compareMoney(a.balance, b.balance) || a.currency.localeCompare(b.currency),
  // Open accounts first.
  status: (a, b) => (a.status === b.status ? compareNatural(a.owner, b.owner) : a.status === 'open' ? -1 : 1),
};

export function sortAccounts<T extends AccountRow>(
  rows: readonly T[],
  key: AccountSortKey,
  dir: SortDirection,
): T[] {
  return sortBy(rows, COMPARE[key], dir);
}
