// A German locale types and reads amounts its own way; renaming shows everywhere at once.
import { balance, expect, move, nav, openAccount, test } from './fixtures';

test.describe('in de-DE', () => {
  test.use({ locale: 'de-DE' });

  test('amounts are typed with a decimal comma and shown in German format', async ({ app: page }) => {
    await openAccount(page, 'Jürgen Weiß');
    await expect(page.getByLabel('Deposit amount')).toHaveAttribute('placeholder', '0,00');
    await move(page, 'Deposit', '1.234,56');
    await expect(balance(page)).toHaveText('1.234,56 €');
    await move(page, 'Withdraw', '0.5');
    await expect(page.getByRole('form', { name: 'Withdraw' }).getByRole('alert')).toContainText('","');
    await expect(balance(page)).toHaveText('1.234,56 €');
  });
});

test('rename an account', async ({ app: page }) => {
  await openAccount(page, 'Alice Martin', '1.00');
  await page.getByRole('button', { name: 'Rename…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename account' });
  await dialog.getByLabel('New account name').fill('Alice Martin-Diaz');
  await dialog.getByLabel('New account name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Alice Martin-Diaz', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Movements' })).toContainText('Renamed');
  await nav(page, 'Accounts').click();
  await expect(page.getByRole('link', { name: 'Alice Martin-Diaz' })).toBeVisible();
});
