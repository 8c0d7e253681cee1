// Issue 14's "views that never hide data", journey by journey, in every window size and scheme:
// natural and column sorting, four-digit years, errors that clear and read like the page,
// focus where the user's next step is, as-of totals and future dates.
import type { Page } from '@playwright/test';
import { expect, nav, test } from './fixtures';
import { expectNothingCutOff } from './support/cut-off';
import { household } from './support/seed';
import { useVariant, VARIANTS, variantName } from './support/variants';

const names = (page: Page) =>
  page.getByRole('table', { name: 'Accounts' }).locator('tbody tr td:first-child').allTextContents();
const trimmed = async (page: Page) => (await names(page)).map((t) => t.trim());

for (const v of VARIANTS) {
  const name = variantName(v);

  test(`accounts sort naturally and by any column, ${name}`, async ({ app: page, server }) => {
    await household(server);
    await useVariant(page, v);
    await expect(page.getByRole('link', { name: 'Anna 12' })).toBeVisible();
    const ownerHeader = page.getByRole('columnheader', { name: /^Account/ });
    await expect(ownerHeader).toHaveAttribute('aria-sort', 'ascending');
    expect((await trimmed(page)).slice(0, 2)).toEqual(['Anna 2', 'Anna 12']);

    await ownerHeader.getByRole('button').click();
    await expect(ownerHeader).toHaveAttribute('aria-sort', 'descending');
    expect((await trimmed(page)).slice(-2)).toEqual(['Anna 12', 'Anna 2']);

    // By keyboard: Enter on the Balance header sorts by value, across currencies.
    const balanceHeader = page.getByRole('columnheader', { name: /Balance/ });
    await balanceHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(balanceHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(ownerHeader).toHaveAttribute('aria-sort', 'none');
    expect(await trimmed(page)).toEqual([
      'Anna 2',
      'Travel fund',
      'Anna 12',
      'Household account of the Martin-Diaz family, shared with the grandparents',
    ]);
    await page.keyboard.press('Enter');
    await expect(balanceHeader).toHaveAttribute('aria-sort', 'descending');
    await expectNothingCutOff(page, `sorted accounts, ${name}`);
  });

  test(`errors clear once valid and read like the page; focus follows the work, ${name}`, async ({
    app: page,
    server,
  }) => {
    await household(server);
    await useVariant(page, v);

    // The open-account dialog: focus on its first field, the error goes as the name is typed,
    // and after opening, focus is on the new account.
    await page.getByRole('button', { name: 'Open account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open account' });
    await expect(dialog.getByLabel('Owner')).toBeFocused();
    await dialog.getByRole('button', { name: 'Open account' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Owner name is required');
    await dialog.getByLabel('Owner').fill('Zoë 3');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Open account' }).click();
    await expect(page.getByRole('heading', { name: 'Zoë 3', level: 1 })).toBeFocused();
    // Years have four digits.
    await expect(page.getByText(/recorded \w{3} \d{1,2}, \d{4}/)).toBeVisible();
    await expect(page.getByTestId('account-opening-date')).toHaveText(/^\w{3} \d{1,2}, \d{4}$/);

    // An amount error clears as soon as the amount is valid, before any submit.
    const deposit = page.getByRole('form', { name: 'Deposit' });
    await deposit.getByLabel('Deposit amount').fill('12.345');
    await deposit.getByRole('button', { name: 'Deposit' }).click();
    await expect(deposit.getByRole('alert')).toContainText('at most 2 decimal places');
    await deposit.getByLabel('Deposit amount').fill('12.34');
    await expect(deposit.getByRole('alert')).toHaveCount(0);

    // The core's refusals name amounts as the page does.
    await nav(page, 'Accounts').click();
    await page.getByRole('link', { name: 'Anna 2' }).click();
    const withdraw = page.getByRole('form', { name: 'Withdraw' });
    await withdraw.getByLabel('Withdraw amount').fill('2292.65');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await expect(withdraw.getByRole('alert')).toHaveText(
      'Insufficient funds: the balance is €15.00, the withdrawal €2,292.65',
    );

    // Each dialog starts on its first field (a confirmation on its Cancel).
    for (const [button, dialogName, first] of [
      ['Transfer…', /Transfer from/, 'To account'],
      ['Rename…', 'Rename account', 'New account name'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByRole('dialog', { name: dialogName }).getByLabel(first)).toBeFocused();
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Close account…' }).click();
    const close = page.getByRole('dialog', { name: 'Close account' });
    await expect(close.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await close.getByRole('button', { name: 'Close account' }).click();
    await expect(close.getByRole('alert')).toHaveText(
      'Only an account with a zero balance can be closed; the balance is €15.00',
    );
  });

  test(`as of: totals per currency, and a future date says so, ${name}`, async ({ app: page, server }) => {
    await household(server);
    await useVariant(page, v);
    await nav(page, 'As of').click();
    await page.getByRole('button', { name: 'Show balances' }).click();
    const table = page.getByRole('table', { name: /Balances as of/ });
    await expect(table.locator('tfoot')).toContainText('Total EUR');
    await expect(table.locator('tfoot')).toContainText('€1,013,156.19');
    await expect(table.locator('tfoot')).toContainText('Total USD');
    await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toBeVisible();

    await page.getByLabel('Date and time').fill('2999-06-30T12:00:00');
    await page.getByRole('button', { name: 'Show balances' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Future date' })).toContainText(
      'has not happened yet',
    );
    await expect(page.getByText(/Jun 30, 2999/).first()).toBeVisible();
    await expectNothingCutOff(page, `as of a future date, ${name}`);
  });
}
