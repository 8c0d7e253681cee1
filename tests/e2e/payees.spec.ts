// Remembered payees against the real core: the withdraw form suggests them, a known payee fills
// the empty category with its last one, and the timeline and its event detail show a movement's
// payee and category.
import { expect, nav, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { call, openAccount } from './support/seed';

test('a remembered payee autocompletes and brings its last category; the timeline shows both', async ({
  app: page,
  server,
}) => {
  const main = await openAccount(server, 'Household', '1000.00');
  await call(server, 'withdraw', {
    accountId: main,
    amount: '4.50',
    valueDate: '2026-02-03',
    description: 'Morning coffee',
    payee: 'Café Luna',
    category: 'Food:Restaurants',
  });
  await page.getByRole('link', { name: 'Household' }).click();
  await expect(page.getByRole('heading', { name: 'Household', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Withdraw' });
  const payee = form.getByLabel('Withdraw payee');
  const listId = await payee.getAttribute('list');
  expect(listId).toBeTruthy();
  await expect(page.locator(`datalist#${listId} option`)).toHaveCount(1);
  await expect(page.locator(`datalist#${listId} option`)).toHaveAttribute('value', 'Café Luna');

  await form.getByLabel('Withdraw amount').fill('3.80');
  await form.getByLabel('Description').fill('Afternoon coffee');
  // Typed without the accent, in lower case: the same payee.
  await payee.fill('cafe luna');
  await expect(form.getByLabel('Withdraw category')).toHaveValue('Food:Restaurants');
  await expectAccessible(page, 'withdraw form with a suggested category');
  await form.getByRole('button', { name: 'Withdraw', exact: true }).click();
  const row = page
    .getByRole('table', { name: 'Movements' })
    .locator('tbody tr', { hasText: 'Afternoon coffee' });
  await expect(row.getByTestId('movement-category')).toHaveText('Food:Restaurants');

  // A category the user chose stays.
  await form.getByLabel('Withdraw category').selectOption('Transport');
  await payee.fill('Café Luna');
  await expect(form.getByLabel('Withdraw category')).toHaveValue('Transport');

  await nav(page, 'Timeline').click();
  const entry = page.getByRole('button', {
    name: /^Withdrawal, Household, .*payee cafe luna, category Food:Restaurants, position \d+$/,
  });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Afternoon coffee');
  await entry.click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  const meaning = details.getByRole('definition');
  await expect(meaning.filter({ hasText: 'Food:Restaurants' })).toHaveCount(1);
  await expect(meaning.filter({ hasText: 'cafe luna' })).toHaveCount(1);
});
