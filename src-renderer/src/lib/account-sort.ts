// The columns an accounts table sorts by, each with its ascending order.
import type { Money } from '../../../src-shared/money';
import { compareMoney, compareNatural, sortBy, type SortDirection } from './natural-sort';

export interface AccountRow {
  accountId: string;
  /** The account's own name (the owner's for accounts opened before names existed). */
  name: string;
  owner: string;
  /** checking, savings… (absent where the view does not know it, e.g. as of a past moment). */
  type?: string;
  currency: string;
  status: 'open' | 'closed';
  balance: Money;
}

export type AccountSortKey = 'name' | 'owner' | 'type' | 'currency' | 'balance' | 'status';

const byName = (a: AccountRow, b: AccountRow) =>
  compareNatural(a.name, b.name) || compareNatural(a.owner, b.owner);

const COMPARE: Record<AccountSortKey, (a: AccountRow, b: AccountRow) => number> = {
  name: byName,
  owner: (a, b) => compareNatural(a.owner, b.owner) || compareNatural(a.name, b.name),
  type: (a, b) => (a.type ?? '').localeCompare(b.type ?? '') || byName(a, b),
  currency: (a, b) => a.currency.localeCompare(b.currency) || byName(a, b),
  balance: (a, b) => compareMoney(a.balance, b.balance) || a.currency.localeCompare(b.currency),
  // Open accounts first.
  status: (a, b) => (a.status === b.status ? byName(a, b) : a.status === 'open' ? -1 : 1),
};

export function sortAccounts<T extends AccountRow>(
  rows: readonly T[],
  key: AccountSortKey,
  dir: SortDirection,
): T[] {
  return sortBy(rows, COMPARE[key], dir);
}
