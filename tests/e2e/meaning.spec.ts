// Issue 15 in the UI, against the real core: search over the log, categorizing from the account
// page, and the reports — in every window size and scheme, nothing cut off.
import { expect, nav, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { expectNothingCutOff } from './support/cut-off';
import { call, openAccount } from './support/seed';
import { useVariant, VARIANTS, variantName } from './support/variants';

for (const v of VARIANTS) {
  const name = variantName(v);

  test(`search finds by accent-free text and by category subtree, ${name}`, async ({ app: page, server }) => {
    const main = await openAccount(server, 'Household', '5000.00');
    await call(server, 'withdraw', {
      accountId: main,
      amount: '4.50',
      valueDate: '2026-02-03',
      description: 'Morning coffee',
      payee: 'Café Luna',
      category: 'Food:Eating out',
    });
    await call(server, 'withdraw', {
      accountId: main,
      amount: '62.10',
      valueDate: '2026-02-10',
      description: 'Weekly shop',
      payee: 'Grocer',
      category: 'Food:Groceries',
    });
    await call(server, 'withdraw', {
      accountId: main,
      amount: '900.00',
      valueDate: '2026-02-01',
      description: 'February rent',
      category: 'Housing:Rent',
    });
    await useVariant(page, v);
    await nav(page, 'Search').click();
    await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
    const box = page.getByRole('searchbox', { name: 'Search movements' });
    await expect(box).toBeFocused();

    await box.fill('cafe');
    await box.press('Enter');
    const results = page.getByRole('table', { name: 'Search results' });
    await expect(results.locator('tbody tr')).toHaveCount(1);
    await expect(results).toContainText('Café Luna');
    await expect(results).toContainText('Feb 3, 2026');
    await expect(results.locator('tbody td.num')).toHaveText('-€4.50');

    await box.fill('category:Food');
    await box.press('Enter');
    await expect(results.locator('tbody tr')).toHaveCount(2);
    // Newest first by value date.
    await expect(results.locator('tbody tr').first()).toContainText('Food:Groceries');
    await expect(results.locator('tbody tr').nth(1)).toContainText('Food:Eating out');
    await expectNothingCutOff(page, `search results, ${name}`);
    if (v.width === 1280) await expectAccessible(page, `search results, ${name}`);

    await box.fill('amount:>1000');
    await box.press('Enter');
    await expect(page.getByText('No movements match “amount:>1000”.')).toBeVisible();

    await box.fill('to:someday');
    await box.press('Enter');
    await expect(page.getByRole('alert')).toContainText('to: needs a date');
    // '/' from elsewhere on the page comes back to the box.
    await page.getByRole('button', { name: 'Search', exact: true }).focus();
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expectNothingCutOff(page, `search error, ${name}`);
  });

  test(`categorize from the account page, and enter a category and payee, ${name}`, async ({
    app: page,
    server,
  }) => {
    await openAccount(server, 'Household', '1000.00');
    await useVariant(page, v);
    await page.getByRole('link', { name: 'Household' }).click();
    await expect(page.getByRole('heading', { name: 'Household', level: 1 })).toBeVisible();

    const form = page.getByRole('form', { name: 'Withdraw' });
    await form.getByLabel('Withdraw amount').fill('62.10');
    await form.getByLabel('Description').fill('Weekly shop');
    await form.getByLabel('Withdraw category').selectOption('Food:Groceries');
    await form.getByLabel('Withdraw payee').fill('Grocer');
    await form.getByRole('button', { name: 'Withdraw', exact: true }).click();
    const row = page
      .getByRole('table', { name: 'Movements' })
      .locator('tbody tr', { hasText: 'Weekly shop' });
    await expect(row.getByTestId('movement-category')).toHaveText('Food:Groceries');
    await expect(row.getByTestId('movement-payee')).toHaveText('Grocer');
    await expectNothingCutOff(page, `account with categories, ${name}`);

    await row.getByRole('button', { name: /^Category of withdrawal/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Categorize movement' });
    await expect(dialog.getByLabel('Category', { exact: true })).toHaveValue('Food:Groceries');
    await dialog.getByLabel('Category', { exact: true }).selectOption('Food:Restaurants');
    await dialog.getByLabel('Payee').fill('Café Luna');
    await expectNothingCutOff(page, `categorize dialog, ${name}`);
    if (v.width === 1280) await expectAccessible(page, `categorize dialog, ${name}`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId('movement-category')).toHaveText('Food:Restaurants');
    await expect(row.getByTestId('movement-payee')).toHaveText('Café Luna');
    if (v.width === 1280) await expectAccessible(page, `account with categories, ${name}`);

    // Search sees the new values.
    await nav(page, 'Search').click();
    const box = page.getByRole('searchbox', { name: 'Search movements' });
    await box.fill('category:Food:Restaurants');
    await box.press('Enter');
    await expect(page.getByRole('table', { name: 'Search results' })).toContainText('Café Luna');
  });

  test(`reports: spending by category and net worth, with their CSV, ${name}`, async ({
    app: page,
    server,
  }) => {
    const main = await openAccount(server, 'Household', '1000.00');
    await call(server, 'deposit', {
      accountId: main,
      amount: '3000.00',
      valueDate: '2026-02-01',
      category: 'Income:Salary',
    });
    await call(server, 'withdraw', {
      accountId: main,
      amount: '62.10',
      valueDate: '2026-02-10',
      category: 'Food:Groceries',
    });
    await call(server, 'withdraw', { accountId: main, amount: '10.00', valueDate: '2026-03-05' });
    await useVariant(page, v);
    await nav(page, 'Reports').click();
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    await page.getByLabel('From', { exact: true }).fill('2026-02-01');
    await page.getByLabel('To', { exact: true }).fill('2026-02-28');
    await page.getByRole('button', { name: 'Show' }).click();
    const spending = page.getByRole('table', { name: /^Spending by category, Feb 1, 2026/ });
    await expect(spending.locator('tbody tr')).toHaveCount(2);
    await expect(spending.locator('tbody tr', { hasText: 'Food:Groceries' })).toContainText('-€62.10');
    await expect(spending.locator('tfoot')).toContainText('+€2,937.90');
    const netWorth = page.getByRole('table', { name: 'Net worth at each month end' });
    await expect(netWorth.locator('tbody tr', { hasText: 'Mar 2026' })).toContainText('€3,927.90');
    await expectNothingCutOff(page, `reports, ${name}`);
    if (v.width === 1280) await expectAccessible(page, `reports, ${name}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('spending-by-category-2026-02-01-to-2026-02-28.csv');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toContain('Food:Groceries,EUR,-62.10');
    expect(text).toContain('Total,EUR,2937.90');

    // Income and expense by category per month, for a two-month period: table, chart and CSV.
    await page.getByLabel('To', { exact: true }).fill('2026-03-31');
    await page.getByRole('button', { name: 'Show' }).click();
    const monthly = page.getByRole('table', { name: 'Income and expense by category and month, EUR' });
    await expect(monthly.locator('thead')).toContainText('Feb 2026');
    await expect(monthly.locator('thead')).toContainText('Mar 2026');
    await expect(monthly.locator('tbody tr', { hasText: 'Food:Groceries' })).toContainText('-€62.10');
    await expect(monthly.locator('tbody tr', { hasText: 'No category' })).toContainText('-€10.00');
    await expect(monthly.locator('tfoot tr', { hasText: 'Net' })).toContainText('+€2,927.90');
    await expect(page.locator('svg.bars rect')).toHaveCount(3);
    await expectNothingCutOff(page, `monthly report, ${name}`);
    if (v.width === 1280) await expectAccessible(page, `monthly report, ${name}`);
    const monthlyCsv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).nth(1).click();
    const m = await monthlyCsv;
    expect(m.suggestedFilename()).toBe('income-and-expense-by-month-2026-02-01-to-2026-03-31.csv');
    const mText = await readFile((await m.path())!, 'utf8');
    expect(mText).toContain('2026-02,Food:Groceries,EUR,-62.10');
    expect(mText).toContain('2026-03,,EUR,-10.00');
  });
}
