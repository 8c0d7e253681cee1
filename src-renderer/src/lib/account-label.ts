// How an account is named in lists and menus: its own name, with the owner when they differ
// ("Joint checking · Ada"), and its type in words.
import type { AccountKind } from '../../../src-shared/events';

export function accountLabel(a: { name: string; owner: string }): string {
  return a.name === a.owner ? a.name : `${a.name} · ${a.owner}`;
}

export const ACCOUNT_TYPE_LABELS: Readonly<Record<AccountKind, string>> = {
  checking: 'Checking',
  savings: 'Savings',
  cash: 'Cash',
  'credit-card': 'Credit card',
  other: 'Other',
};

export function typeLabel(type: string): string {
  return ACCOUNT_TYPE_LABELS[type as AccountKind] ?? type;
}
