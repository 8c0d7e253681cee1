import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { CategoryView, RuleChange, RuleView } from '../../src-shared/contract';
import CategoriesView from '../../src-renderer/src/views/CategoriesView.svelte';
import { fakeApi, withApi } from './fake-api';

const cat = (path: string, id: string, archived = false): CategoryView => ({
  categoryId: id,
  path,
  name: path.split(':').pop()!,
  parentId: null,
  archived,
  isDefault: false,
});
const CATS = [
  cat('Food', '11111111-1111-4111-8111-111111111111'),
  cat('Food:Groceries', '11111111-1111-4111-8111-111111111112'),
  cat('Shopping', '11111111-1111-4111-8111-111111111113'),
];
const RULE: RuleView = {
  ruleId: '22222222-2222-4222-8222-222222222222',
  payee: 'Grocer',
  descriptionContains: null,
  category: 'Food:Groceries',
  setPayee: null,
  position: 9,
};
const CHANGE: RuleChange = {
  eventId: '33333333-3333-4333-8333-333333333333',
  accountId: '44444444-4444-4444-8444-444444444444',
  description: 'Weekly shop',
  valueDate: '2026-03-02',
  from: { category: null, payee: 'Grocer', tags: [] },
  to: { category: 'Food:Groceries', payee: 'Grocer', tags: [] },
};

describe('categories view', () => {
  it('shows the tree indented by level, and the rules', async () => {
    const api = fakeApi({
      categories: () => ({ ok: true, value: CATS }),
      rules: () => ({ ok: true, value: [RULE] }),
    });
    render(CategoriesView, { context: withApi(api) });
    const tree = await screen.findByRole('table', { name: 'Categories' });
    expect(within(tree).getAllByRole('row')).toHaveLength(4);
    expect(within(tree).getByRole('button', { name: 'Rename Food:Groceries' })).toBeTruthy();
    const rules = await screen.findByRole('table', { name: 'Rules' });
    expect(rules.textContent).toContain('Payee is “Grocer”');
  });

  it('asks before applying a rule: the preview lists the changes, Apply writes them', async () => {
    const api = fakeApi({
      categories: () => ({ ok: true, value: CATS }),
      rules: () => ({ ok: true, value: [RULE] }),
      previewRule: () => ({ ok: true, value: [CHANGE] }),
      applyRule: () => ({ ok: true, value: { position: 10, changed: 1, batchId: 'rule-x' } as never }),
    });
    render(CategoriesView, { context: withApi(api) });
    await fireEvent.click(await screen.findByRole('button', { name: /Apply to past movements/ }));
    const table = await screen.findByRole('table', { name: 'Movements the rule would change' });
    expect(table.textContent).toContain('Weekly shop');
    expect(api.calls.some((c) => c.name === 'applyRule')).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Apply to 1 movement' }));
    expect(await screen.findByText('Recategorized 1 movement.')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'applyRule')?.input).toMatchObject({ ruleId: RULE.ruleId });
  });

  it('says why a new category is refused before sending anything', async () => {
    const api = fakeApi({
      categories: () => ({ ok: true, value: CATS }),
      rules: () => ({ ok: true, value: [] }),
    });
    render(CategoriesView, { context: withApi(api) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add category' }));
    const form = screen.getByRole('form', { name: 'Add category' });
    await fireEvent.input(within(form).getByLabelText('Category'), { target: { value: 'Food::X' } });
    await fireEvent.submit(form);
    expect(within(form).getByText(/none empty/)).toBeTruthy();
    expect(api.calls.some((c) => c.name === 'createCategory')).toBe(false);
  });

  it('moves a category under another one, never under itself or its subtree', async () => {
    const api = fakeApi({
      categories: () => ({ ok: true, value: CATS }),
      rules: () => ({ ok: true, value: [] }),
      moveCategory: () => ({ ok: true, value: { position: 11 } as never }),
    });
    render(CategoriesView, { context: withApi(api) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Move Food' }));
    const form = screen.getByRole('form', { name: 'Move category' });
    const parent = within(form).getByRole('combobox', { name: 'New parent' }) as HTMLSelectElement;
    expect([...parent.options].map((o) => o.value)).toEqual(['', 'Shopping']);
    await fireEvent.change(parent, { target: { value: 'Shopping' } });
    await fireEvent.submit(form);
    expect(await screen.findByText('Moved Food under Shopping.')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'moveCategory')?.input).toMatchObject({
      category: 'Food',
      parent: 'Shopping',
    });
  });
});
