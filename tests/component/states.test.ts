import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import Amount from '../../src-renderer/src/components/Amount.svelte';
import { AccountsStore } from '../../src-renderer/src/stores/accounts.svelte';
import AccountsView from '../../src-renderer/src/views/AccountsView.svelte';
import { ACCOUNT_ID, deferred, fakeApi, withApi } from './fake-api';

let seq = 0;

function summary(owner: string, minor: number, currency = 'EUR'): AccountSummary {
  seq += 1;
  return {
    accountId: ACCOUNT_ID.replace(/1+$/, String(seq).padStart(12, '0')),
    name: owner,
    owner,
    type: 'checking',
    currency,
    status: 'open',
    openingDate: '2026-01-01',
    balance: { minor, currency },
    eventCount: 1,
    openedAt: '2026-01-01T00:00:00.000Z',
    lastActivity: '2026-01-01T00:00:00.000Z',
    version: 1,
  };
}

function renderAccounts(api: ReturnType<typeof fakeApi>) {
  const store = new AccountsStore(api);
  void store.load();
  return render(AccountsView, { props: { store }, context: withApi(api) });
}

describe('accounts view states', () => {
  it('shows loading, then the empty state with a call to action', async () => {
    const pending = deferred<Result<AccountSummary[]>>();
    const api = fakeApi({ listAccounts: () => pending.promise });
    renderAccounts(api);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    pending.resolve({ ok: true, value: [] });
    await screen.findByText('No accounts yet — open your first account.');
    expect(screen.getByRole('button', { name: 'Open your first account' })).toBeTruthy();
  });

  it('shows the error with a retry that refetches', async () => {
    let n = 0;
    const api = fakeApi({
      listAccounts: () =>
        ++n === 1
          ? { ok: false, error: { code: 'io', reason: 'file_locked', message: 'The ledger file is locked' } }
          : { ok: true, value: [summary('Alice', 1234)] },
    });
    renderAccounts(api);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The ledger file is locked');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('link', { name: 'Alice' });
  });

  it('lists balances and totals per currency, and filters by name', async () => {
    const api = fakeApi({
      listAccounts: () => ({
        ok: true,
        value: [summary('Alice', 123456), summary('Bob', 1000), summary('Carla', 50, 'USD')],
      }),
    });
    renderAccounts(api);
    await screen.findByRole('link', { name: 'Alice' });
    const table = screen.getByRole('table', { name: 'Accounts' });
    expect(table.textContent).toContain('€1,234.56');
    expect(table.querySelector('tfoot')?.textContent).toContain('€1,244.56');
    expect(table.querySelector('tfoot')?.textContent).toContain('$0.50');
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search accounts' }), {
      target: { value: 'bo' },
    });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Alice' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Bob' })).toBeTruthy();
  });
});

describe('amount formatting', () => {
  it("formats in the user's locale and the amount's currency", () => {
    const { container } = render(Amount, { props: { value: { minor: 123456, currency: 'EUR' } } });
    expect(container.textContent).toBe('€1,234.56');
  });

  it('signs and colours movements', () => {
    const { container } = render(Amount, {
      props: { value: { minor: -3000, currency: 'USD' }, signed: true, colour: true },
    });
    const span = container.querySelector('.amount')!;
    expect(span.textContent).toBe('-$30.00');
    expect(span.classList.contains('negative')).toBe(true);
  });

  it('uses the currency exponent: no decimals for JPY, three for KWD', () => {
    const jpy = render(Amount, { props: { value: { minor: 1500, currency: 'JPY' } } });
    expect(jpy.container.textContent).toBe('¥1,500');
    const kwd = render(Amount, { props: { value: { minor: 1500, currency: 'KWD' } } });
    expect(kwd.container.textContent).toContain('1.500');
  });
});
