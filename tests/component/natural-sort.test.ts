import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AccountsTable from '../../src-renderer/src/components/AccountsTable.svelte';
import { sortAccounts, type AccountRow } from '../../src-renderer/src/lib/account-sort';
import { compareMoney, compareNatural, sortBy } from '../../src-renderer/src/lib/natural-sort';

const row = (
  owner: string,
  minor: number,
  currency = 'EUR',
  status: 'open' | 'closed' = 'open',
): AccountRow => ({
  accountId: owner,
  name: owner,
  owner,
  currency,
  status,
  balance: { minor, currency },
});

describe('natural order', () => {
  it('puts "Anna 2" before "Anna 12", ignoring case and accents', () => {
    const names = ['Anna 12', 'anna 3', 'Anna 2', 'Émile', 'Bob', 'anna 100'];
    expect([...names].sort((a, b) => compareNatural(a, b, 'en-US'))).toEqual([
      'Anna 2',
      'anna 3',
      'Anna 12',
      'anna 100',
      'Bob',
      'Émile',
    ]);
  });

  it('compares amounts by value across currency exponents, exactly', () => {
    expect(compareMoney({ minor: 1000, currency: 'KWD' }, { minor: 99, currency: 'EUR' })).toBe(1); // 1.000 > 0.99
    expect(compareMoney({ minor: 100, currency: 'JPY' }, { minor: 10000, currency: 'EUR' })).toBe(0); // 100 = 100.00
    // The largest amount in fils (KWD, 3 decimals) is a tenth of the same count of cents: scaled
    // to a common exponent it exceeds a float's exact range, so the comparison uses BigInt.
    const big = Number.MAX_SAFE_INTEGER;
    expect(compareMoney({ minor: big, currency: 'KWD' }, { minor: big, currency: 'EUR' })).toBe(-1);
  });

  it('sorts stably in either direction', () => {
    const xs = [
      { k: 1, id: 'a' },
      { k: 0, id: 'b' },
      { k: 1, id: 'c' },
    ];
    expect(sortBy(xs, (a, b) => a.k - b.k, 'asc').map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(sortBy(xs, (a, b) => a.k - b.k, 'desc').map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });

  it('sorts accounts by each column', () => {
    const rows = [row('Anna 12', 1015000), row('Anna 2', 1500), row('Travel', 120000, 'USD', 'closed')];
    const owners = (key: Parameters<typeof sortAccounts>[1], dir: 'asc' | 'desc' = 'asc') =>
      sortAccounts(rows, key, dir).map((r) => r.owner);
    expect(owners('owner')).toEqual(['Anna 2', 'Anna 12', 'Travel']);
    expect(owners('owner', 'desc')).toEqual(['Travel', 'Anna 12', 'Anna 2']);
    expect(owners('balance')).toEqual(['Anna 2', 'Travel', 'Anna 12']);
    expect(owners('currency')).toEqual(['Anna 2', 'Anna 12', 'Travel']);
    expect(owners('status')).toEqual(['Anna 2', 'Anna 12', 'Travel']);
    expect(owners('status', 'desc')).toEqual(['Travel', 'Anna 12', 'Anna 2']);
  });
});

describe('accounts table', () => {
  it('sorts by a header, says so with aria-sort, and keeps totals per currency', async () => {
    const rows = [row('Anna 12', 1015000), row('Anna 2', 1500), row('Travel', 120000, 'USD')];
    render(AccountsTable, { props: { rows, label: 'Accounts', emptyText: 'none' } });
    const names = () =>
      [...document.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent?.trim());
    expect(names()).toEqual(['Anna 2', 'Anna 12', 'Travel']);
    const balance = screen.getByRole('columnheader', { name: /Balance/ });
    expect(balance.getAttribute('aria-sort')).toBe('none');
    await fireEvent.click(screen.getByRole('button', { name: /Balance/ }));
    expect(balance.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Owner/ }).getAttribute('aria-sort')).toBe('none');
    await fireEvent.click(screen.getByRole('button', { name: /Balance/ }));
    expect(balance.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Anna 12', 'Travel', 'Anna 2']);
    const foot = document.querySelector('tfoot')!.textContent ?? '';
    expect(foot).toContain('€10,165.00');
    expect(foot).toContain('$1,200.00');
  });
});
