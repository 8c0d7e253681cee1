// Backups from the UI, and the keyboard paths: Enter submits, Escape closes dialogs.
import { balance, expect, move, nav, openAccount, test } from './fixtures';

test('back up now, then restore it after confirming', async ({ app: page }) => {
  await openAccount(page, 'Alice Martin', '100.00');
  await nav(page, 'Backups').click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up to' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Backups' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('manual');

  // A later change that the restore takes back.
  await nav(page, 'Accounts').click();
  await page.getByRole('link', { name: 'Alice Martin' }).click();
  await move(page, 'Deposit', '5.00');
  await expect(balance(page)).toHaveText('€105.00');

  await nav(page, 'Backups').click();
  await page
    .getByRole('button', { name: /Restore backup from/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore backup' });
  await expect(dialog).toContainText('The current file is kept as a backup first');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toBeVisible();

  await nav(page, 'Accounts').click();
  await expect(page.getByRole('row', { name: /Alice Martin/ })).toContainText('€100.00');
});

test('Enter submits a form and Escape closes a dialog', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Open account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Open account' });
  // The owner field has focus when the dialog opens.
  await expect(dialog.getByLabel('Owner')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Open account' }).first().click();
  await page.keyboard.type('Dana Keys');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dana Keys', level: 1 })).toBeVisible();

  await page.getByLabel('Deposit amount').fill('42.00');
  await page.getByLabel('Deposit amount').press('Enter');
  await expect(balance(page)).toHaveText('$42.00');
});
