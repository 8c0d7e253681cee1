// Issue 15 in the UI: the category tree (add, rename, move, merge, archive — each its own event)
// and rules (add; preview what applying one to past movements would change, then apply), in every
// window size and scheme, nothing cut off, keyboard reachable.
import { expect, nav, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { expectNothingCutOff } from './support/cut-off';
import { call, openAccount } from './support/seed';
import { useVariant, VARIANTS, variantName } from './support/variants';

for (const v of VARIANTS) {
  const name = variantName(v);

  test(`categories and rules, ${name}`, async ({ app: page, server }) => {
    const acc = await openAccount(server, 'Household', '500.00');
    for (const [amount, payee] of [
      ['12.00', 'Bookshop'],
      ['8.50', 'Bookshop'],
      ['3.20', 'Bakery'],
    ] as const)
      await call(server, 'withdraw', {
        accountId: acc,
        amount,
        valueDate: '2026-03-02',
        payee,
        description: 'Buy',
      });
    await useVariant(page, v);
    await nav(page, 'Categories').click();
    await expect(page.getByRole('heading', { name: 'Categories', level: 1 })).toBeVisible();
    const tree = page.getByRole('table', { name: 'Categories' });
    // A new ledger shows the default set.
    await expect(tree).toContainText('Groceries');

    await page.getByRole('button', { name: 'Add category' }).click();
    const add = page.getByRole('dialog', { name: 'Add category' });
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(add.getByRole('alert')).toBeVisible(); // empty path: the field says why
    await add.getByRole('textbox', { name: 'Category' }).fill('Hobbies:Books');
    await add.getByRole('textbox', { name: 'Category' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Added Hobbies:Books.' })).toBeVisible();
    await expect(tree.getByRole('row', { name: /Hobbies:Books/ })).toBeVisible();

    await tree.getByRole('button', { name: 'Rename Hobbies:Books' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename category' });
    await rename.getByLabel('New name').fill('Reading');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(tree.getByRole('row', { name: /Hobbies:Reading/ })).toBeVisible();
    if (v.width === 1280) await expectAccessible(page, `categories, ${name}`);

    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('dialog', { name: 'Add rule' });
    await rule.getByLabel('Payee', { exact: true }).fill('Bookshop');
    await rule.getByRole('combobox', { name: 'Category' }).selectOption('Hobbies:Reading');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    const rules = page.getByRole('table', { name: 'Rules' });
    await expect(rules).toContainText('Payee is “Bookshop”');
    await expect(rules).toContainText('Hobbies:Reading');

    await rules.getByRole('button', { name: /Apply to past movements/ }).click();
    const apply = page.getByRole('dialog', { name: 'Apply rule to past movements' });
    const changes = apply.getByRole('table', { name: 'Movements the rule would change' });
    await expect(changes.locator('tbody tr')).toHaveCount(2);
    await expect(changes).toContainText('Hobbies:Reading');
    await expectNothingCutOff(page, `rule preview, ${name}`);
    await apply.getByRole('button', { name: 'Apply to 2 movements' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recategorized 2 movements.' })).toBeVisible();

    // Applied once: nothing left to change; the search sees the category.
    await rules.getByRole('button', { name: /Apply to past movements/ }).click();
    await expect(apply.getByText('No past movement would change.')).toBeVisible();
    await apply.getByRole('button', { name: 'Cancel' }).click();
    const found = (await call(server, 'search', { query: 'category:Hobbies', limit: 10 })) as unknown[];
    expect(found).toHaveLength(2);

    // Merge the subtree away: its movements count under the other category.
    await tree.getByRole('button', { name: 'Merge Hobbies:Reading' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge category' });
    await merge.getByLabel('Merge into').selectOption('Shopping');
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(tree.getByRole('row', { name: /Hobbies:Reading/ })).toHaveCount(0);
    expect(
      (await call(server, 'search', { query: 'category:Shopping', limit: 10 })) as unknown[],
    ).toHaveLength(2);
    await expectNothingCutOff(page, `categories, ${name}`);
  });
}
