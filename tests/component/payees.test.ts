// Remembered payees in the movement form (autocomplete, the last category suggested but never
// over what the user chose) and a movement's payee and category in the timeline list.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { CategoryView, PayeeView, TimelineEntry } from '../../src-shared/contract';
import TimelineList from '../../src-renderer/src/components/TimelineList.svelte';
import MovementForm from '../../src-renderer/src/forms/MovementForm.svelte';
import { TimelineStore } from '../../src-renderer/src/stores/timeline.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

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
const categories = [category('Food:Groceries', 1), category('Food:Restaurants', 2), category('Transport', 3)];
const payees: PayeeView[] = [
  { name: 'Café Luna', lastCategory: 'Food:Restaurants', count: 7 },
  { name: 'Grocer', lastCategory: 'Food:Groceries', count: 3 },
  { name: 'Nobody', lastCategory: null, count: 1 },
];

function renderForm() {
  const api = fakeApi({ withdraw: () => ({ ok: true, value: { position: 9, duplicate: false } }) });
  render(MovementForm, {
    props: {
      kind: 'withdraw',
      account: { accountId: ACCOUNT_ID, currency: 'EUR' },
      locale: 'en-US',
      categories,
      payees,
    },
    context: withApi(api),
  });
  const payee = screen.getByLabelText('Withdraw payee (optional)') as HTMLInputElement;
  const cat = screen.getByLabelText('Withdraw category (optional)') as HTMLSelectElement;
  return { api, payee, cat };
}

describe('payees in the movement form', () => {
  it('offers the remembered payees as the field’s suggestions', () => {
    const { payee } = renderForm();
    const list = document.getElementById(payee.getAttribute('list')!) as HTMLDataListElement;
    expect(list.tagName).toBe('DATALIST');
    expect([...list.options].map((o) => o.value)).toEqual(['Café Luna', 'Grocer', 'Nobody']);
  });

  it('a known payee (any case or accents) fills an empty category with its last one, and it is sent', async () => {
    const { api, payee, cat } = renderForm();
    await fireEvent.input(screen.getByLabelText('Withdraw amount'), { target: { value: '4.50' } });
    await fireEvent.input(payee, { target: { value: 'cafe luna' } });
    expect(cat.value).toBe('Food:Restaurants');
    // Another known payee replaces a suggestion the user did not change.
    await fireEvent.input(payee, { target: { value: 'Grocer' } });
    expect(cat.value).toBe('Food:Groceries');
    // An unknown one, or one without a category, leaves it as it is.
    await fireEvent.input(payee, { target: { value: 'Nobody' } });
    expect(cat.value).toBe('Food:Groceries');
    await fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.input).toMatchObject({ payee: 'Nobody', category: 'Food:Groceries' });
  });

  it('never overwrites a category the user chose', async () => {
    const { payee, cat } = renderForm();
    await fireEvent.change(cat, { target: { value: 'Transport' } });
    await fireEvent.input(payee, { target: { value: 'Café Luna' } });
    expect(cat.value).toBe('Transport');
    // Chosen after a suggestion: that choice stays too.
    await fireEvent.change(cat, { target: { value: '' } });
    await fireEvent.input(payee, { target: { value: 'Grocer' } });
    expect(cat.value).toBe('Food:Groceries');
    await fireEvent.change(cat, { target: { value: 'Transport' } });
    await fireEvent.input(payee, { target: { value: 'Café Luna' } });
    expect(cat.value).toBe('Transport');
  });
});

describe('payee and category in the timeline', () => {
  it('a movement row shows its payee and category, and its name says them', async () => {
    const row: TimelineEntry = {
      position: 1,
      eventId: '00000000-0000-4000-8000-000000000001',
      eventType: 'MoneyWithdrawn',
      accountId: ACCOUNT_ID,
      name: 'Alice',
      owner: 'Alice',
      amount: { minor: 450, currency: 'EUR' },
      delta: -450,
      balanceAfter: { minor: 1000, currency: 'EUR' },
      description: 'Lunch',
      timestamp: '2026-01-02T10:00:00.000Z',
      valueDate: '2026-01-02',
      transferId: null,
      counterpartyAccountId: null,
      correctsEventId: null,
      correctedByEventId: null,
      category: 'Food:Restaurants',
      payee: 'Café Luna',
    };
    const api = fakeApi({
      timelineCount: () => ({ ok: true, value: { count: 1 } }),
      timeline: () => ({ ok: true, value: { items: [row], nextBefore: null } }),
    });
    const store = new TimelineStore(api);
    await store.reset({});
    render(TimelineList, { props: { store, selectedId: null, onselect: () => {} } });
    const button = await screen.findByRole('button', {
      name: 'Withdrawal, Alice, Jan 2, 2026, payee Café Luna, category Food:Restaurants, position 1',
    });
    expect(button.textContent).toContain('Café Luna');
    expect(button.textContent).toContain('Food:Restaurants');
    expect(button.textContent).toContain('Lunch');
  });
});
