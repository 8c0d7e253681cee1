import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { CategoryView, TimelineEntry } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import MovementsTable from '../../src-renderer/src/components/MovementsTable.svelte';
import CategorizeForm from '../../src-renderer/src/forms/CategorizeForm.svelte';
import MovementForm from '../../src-renderer/src/forms/MovementForm.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

const EVENT_ID = '22222222-2222-4222-8222-222222222222';
const ok: Result<{ position: number; duplicate: boolean }> = {
  ok: true,
  value: { position: 9, duplicate: false },
};

function category(path: string, n: number): CategoryView {
  return {
    categoryId: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
    path,
    name: path.split(':').pop()!,
    parentId: null,
    archived: false,
    isDefault: false,
  };
}
const categories = [category('Food', 1), category('Food:Groceries', 2), category('Housing:Rent', 3)];

const entry: TimelineEntry = {
  position: 4,
  eventId: EVENT_ID,
  eventType: 'MoneyWithdrawn',
  accountId: ACCOUNT_ID,
  name: 'Household',
  owner: 'Household',
  amount: { minor: 6210, currency: 'EUR' },
  delta: -6210,
  balanceAfter: { minor: 100000, currency: 'EUR' },
  description: 'Weekly shop',
  timestamp: '2026-02-10T10:00:00.000Z',
  valueDate: '2026-02-10',
  transferId: null,
  counterpartyAccountId: null,
  correctsEventId: null,
  correctedByEventId: null,
  category: null,
  payee: null,
};

describe('categorizing movements', () => {
  it('shows each row’s payee and category and offers Category…', async () => {
    const chosen: TimelineEntry[] = [];
    render(MovementsTable, {
      props: {
        movements: [entry],
        correctable: true,
        oncorrect: () => {},
        meta: new Map([[EVENT_ID, { category: 'Food:Groceries', payee: 'Grocer' }]]),
        oncategorize: (e: TimelineEntry) => chosen.push(e),
      },
    });
    const row = screen.getByRole('table', { name: 'Movements' }).querySelector('tbody tr')!;
    expect(row.textContent).toContain('Grocer');
    expect(row.textContent).toContain('Food:Groceries');
    await fireEvent.click(screen.getByRole('button', { name: 'Category of withdrawal at position 4' }));
    expect(chosen).toEqual([entry]);
  });

  it('saves the chosen category and payee with the categorize command', async () => {
    const api = fakeApi({ categorize: () => ok });
    let done = 0;
    render(CategorizeForm, {
      props: { entry, current: { category: null, payee: 'Grocer' }, categories, ondone: () => done++ },
      context: withApi(api),
    });
    const select = screen.getByLabelText('Category') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'No category',
      'Food',
      'Food:Groceries',
      'Housing:Rent',
    ]);
    await fireEvent.change(select, { target: { value: 'Food:Groceries' } });
    await fireEvent.input(screen.getByLabelText('Payee (optional)'), { target: { value: '  Big Grocer ' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(done).toBe(1));
    expect(api.calls[0]!.input).toMatchObject({
      eventId: EVENT_ID,
      category: 'Food:Groceries',
      payee: 'Big Grocer',
    });
  });

  it('removes a category and payee when both are emptied', async () => {
    const api = fakeApi({ categorize: () => ok });
    render(CategorizeForm, {
      props: { entry, current: { category: 'Old:Gone', payee: 'Grocer' }, categories },
      context: withApi(api),
    });
    const select = screen.getByLabelText('Category') as HTMLSelectElement;
    // An archived current category stays choosable.
    expect(select.value).toBe('Old:Gone');
    await fireEvent.change(select, { target: { value: '' } });
    await fireEvent.input(screen.getByLabelText('Payee (optional)'), { target: { value: '' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.input).toMatchObject({ eventId: EVENT_ID, category: null, payee: null });
  });

  it('the withdraw form sends an optional category and payee', async () => {
    const api = fakeApi({ withdraw: () => ok });
    render(MovementForm, {
      props: {
        kind: 'withdraw',
        account: { accountId: ACCOUNT_ID, currency: 'EUR' },
        locale: 'en-US',
        categories,
      },
      context: withApi(api),
    });
    await fireEvent.input(screen.getByLabelText('Withdraw amount'), { target: { value: '4.50' } });
    await fireEvent.change(screen.getByLabelText('Withdraw category (optional)'), {
      target: { value: 'Food' },
    });
    await fireEvent.input(screen.getByLabelText('Withdraw payee (optional)'), {
      target: { value: 'Café Luna' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.input).toMatchObject({ amount: '4.50', category: 'Food', payee: 'Café Luna' });
    await waitFor(() =>
      expect((screen.getByLabelText('Withdraw payee (optional)') as HTMLInputElement).value).toBe(''),
    );
  });
});
