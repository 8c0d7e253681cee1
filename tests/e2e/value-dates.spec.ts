// Value dates in browser mode, against the real core: a backdated entry, the opening date moved
// earlier, a refusal before the opening date, both orders, and the books on a date as recorded
// now or as known at a moment.
import { balance, expect, nav, openAccount, test } from './fixtures';

const pad = (n: number) => String(n).padStart(2, '0');
/** datetime-local's value for a moment (the tests run in UTC). */
const localInput = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

test('backdated entries, the opening date and the books on a date', async ({ app: page }) => {
  const startedAt = new Date(Date.now() - 120_000);
  const lastYear = new Date().getUTCFullYear() - 1;
  const opening = `${lastYear}-01-01`;
  const backdated = `${lastYear}-06-15`;

  await openAccount(page, 'Household');
  await expect(page.getByTestId('account-type')).toHaveText('Checking');

  // Before the opening date (today): refused at the date field, nothing booked.
  const deposit = page.getByRole('form', { name: 'Deposit' });
  await deposit.getByLabel('Deposit amount').fill('50');
  await deposit.getByLabel('Deposit date').fill(backdated);
  await deposit.getByRole('button', { name: 'Deposit', exact: true }).click();
  await expect(deposit.getByRole('alert')).toContainText('The account opened on');
  await expect(deposit.getByLabel('Deposit date')).toHaveAttribute('aria-invalid', 'true');
  await expect(balance(page)).toHaveText('€0.00');

  // Move the opening date earlier by its own event, then the backdated entry goes in.
  await page.getByRole('button', { name: 'Set opening date…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set opening date' });
  await dialog.getByLabel('Opening date', { exact: true }).fill(opening);
  await dialog.getByRole('button', { name: 'Set opening date' }).click();
  await expect(page.getByTestId('account-opening-date')).toHaveText(`Jan 1, ${lastYear}`);
  await deposit.getByRole('button', { name: 'Deposit', exact: true }).click();
  await expect(balance(page)).toHaveText('€50.00');
  await deposit.getByLabel('Deposit amount').fill('100');
  await deposit.getByLabel('Deposit date').fill(new Date().toISOString().slice(0, 10));
  await deposit.getByRole('button', { name: 'Deposit', exact: true }).click();
  await expect(balance(page)).toHaveText('€150.00');

  // By date (the default): today's entry is the newest; the backdated one says when it was recorded.
  const movements = page.getByRole('table', { name: 'Movements' });
  const firstRow = movements.locator('tbody tr').first();
  await expect(firstRow).toContainText('€100.00');
  const old = movements.locator('tbody tr', { hasText: `Jun 15, ${lastYear}` });
  await expect(old).toContainText('recorded on');
  await expect(old).toContainText('€50.00');
  // As recorded: the backdated entry came after the opening-date change and before today's.
  await page.getByRole('radio', { name: 'As recorded' }).check();
  await expect(movements.locator('tbody tr').first()).toContainText('€100.00');
  await expect(movements.locator('tbody tr').nth(1)).toContainText(`Jun 15, ${lastYear}`);

  // The timeline offers both orders.
  await nav(page, 'Timeline').click();
  await page.getByRole('radio', { name: 'By date' }).check();
  await expect(
    page.getByRole('button', { name: new RegExp(`Jun 15, ${lastYear}, recorded on`) }),
  ).toBeVisible();

  // The books on 30 June last year, as recorded now, and as known before any of this existed.
  await nav(page, 'As of').click();
  await page.getByLabel('As-of date').fill(`${lastYear}-06-30`);
  await page.getByRole('button', { name: 'Show the books' }).click();
  await expect(page.getByTestId('asof-banner')).toContainText('as recorded now');
  await expect(page.getByRole('table', { name: /Balances on Jun 30/ })).toContainText('€50.00');
  await page.getByLabel('As known on (optional)').fill(localInput(startedAt));
  await page.getByRole('button', { name: 'Show the books' }).click();
  await expect(page.getByText('No account was open on that date as known then.')).toBeVisible();
});
