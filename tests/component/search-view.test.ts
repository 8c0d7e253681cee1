import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { MovementView } from '../../src-shared/contract';
import SearchView from '../../src-renderer/src/views/SearchView.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

function movement(over: Partial<MovementView>): MovementView {
  return {
    position: 5,
    eventId: '22222222-2222-4222-8222-222222222222',
    eventType: 'MoneyWithdrawn',
    accountId: ACCOUNT_ID,
    accountName: 'Household',
    valueDate: '2026-03-02',
    timestamp: '2026-03-02T10:00:00.000Z',
    amount: { minor: -450, currency: 'EUR' },
    description: 'Coffee',
    category: 'Food:Eating out',
    payee: 'Café Luna',
    tags: ['work'],
    correctsEventId: null,
    ...over,
  };
}

async function type(text: string) {
  const box = screen.getByRole('searchbox', { name: 'Search movements' });
  await fireEvent.input(box, { target: { value: text } });
  await fireEvent.submit(box.closest('form')!);
}

describe('search view', () => {
  it('lists what matches, newest first as the core answers, amounts right-aligned', async () => {
    const api = fakeApi({
      search: () => ({
        ok: true,
        value: [
          movement({}),
          movement({ eventId: '33333333-3333-4333-8333-333333333333', valueDate: '2026-01-05', payee: null }),
        ],
      }),
    });
    render(SearchView, { context: withApi(api) });
    expect(screen.getByRole('searchbox', { name: 'Search movements' })).toBe(document.activeElement);
    expect(screen.getByText(/amount:10\.\.50/)).toBeTruthy();
    await type('cafe');
    const table = await screen.findByRole('table', { name: 'Search results' });
    expect(api.calls).toEqual([{ name: 'search', input: { query: 'cafe', limit: 200 } }]);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Mar 2, 2026');
    expect(rows[0]?.textContent).toContain('Café Luna');
    expect(rows[0]?.textContent).toContain('Food:Eating out');
    expect(rows[0]?.textContent).toContain('#work');
    expect(rows[0]?.querySelector('td.num')?.textContent).toContain('-€4.50');
    expect(screen.getByText('2 movements match “cafe”')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Household' })).toHaveLength(2);
  });

  it('says when nothing matches', async () => {
    const api = fakeApi({ search: () => ({ ok: true, value: [] }) });
    render(SearchView, { context: withApi(api) });
    await type('zebra');
    await screen.findByText('No movements match “zebra”.');
  });

  it('shows a malformed query at the box without asking the core', async () => {
    const api = fakeApi({});
    render(SearchView, { context: withApi(api) });
    await type('from:yesterday');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('from: needs a date');
    expect(screen.getByRole('searchbox', { name: 'Search movements' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(api.calls).toEqual([]);
  });

  it('shows the core refusing', async () => {
    const api = fakeApi({
      search: () => ({ ok: false, error: { code: 'io', message: 'The ledger file is locked' } }),
    });
    render(SearchView, { context: withApi(api) });
    await type('rent');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not search: The ledger file is locked');
  });

  it('puts the focus back in the box on / and Ctrl+F', async () => {
    const api = fakeApi({ search: () => ({ ok: true, value: [] }) });
    render(SearchView, { context: withApi(api) });
    const box = screen.getByRole('searchbox', { name: 'Search movements' });
    screen.getByRole('button', { name: 'Search' }).focus();
    await fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);
    screen.getByRole('button', { name: 'Search' }).focus();
    await fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(box);
  });
});
