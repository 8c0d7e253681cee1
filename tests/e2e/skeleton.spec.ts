// The walking skeleton's journey: open, deposit, withdraw, see the balance and the events;
// an overdraft is refused next to the form and changes nothing.
import { balance, expect, move, nav, openAccount, test } from './fixtures';

test('open an account, deposit 100.00, withdraw 30.00, see 70.00 and three events', async ({ app: page }) => {
  await expect(page.getByText('No accounts yet — open your first account.')).toBeVisible();
  await openAccount(page, 'Alice Martin');
  await expect(page).toHaveTitle('Alice Martin — Ledger');

  await move(page, 'Deposit', '100.00');
  await expect(balance(page)).toHaveText('€100.00');
  await move(page, 'Withdraw', '30.00');
  await expect(balance(page)).toHaveText('€70.00');

  const rows = page.getByRole('table', { name: 'Movements' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Withdrawal');
  await expect(rows.nth(0)).toContainText('-€30.00');
  await expect(rows.nth(1)).toContainText('Deposit');
  await expect(rows.nth(2)).toContainText('Account opened');

  // The accounts list shows the same balance.
  await nav(page, 'Accounts').click();
  const row = page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: /Alice Martin/ });
  await expect(row).toContainText('€70.00');
  await expect(page.getByTestId('event-count')).toHaveText('3 events');
});

test('a withdrawal beyond the balance shows the error and leaves the balance', async ({ app: page }) => {
  await openAccount(page, 'Bob Stone', '100.00');
  await move(page, 'Withdraw', '30.00');
  await expect(balance(page)).toHaveText('€70.00');

  await move(page, 'Withdraw', '1000.00');
  const form = page.getByRole('form', { name: 'Withdraw' });
  await expect(form.getByRole('alert')).toContainText(/insufficient funds/i);
  await expect(balance(page)).toHaveText('€70.00');
  await expect(page.getByRole('table', { name: 'Movements' }).locator('tbody tr')).toHaveCount(2);
});

test('amounts are validated before anything is sent', async ({ app: page }) => {
  await openAccount(page, 'Carol King');
  await move(page, 'Deposit', '12.345');
  const form = page.getByRole('form', { name: 'Deposit' });
  await expect(form.getByRole('alert')).toContainText('EUR allows at most 2 decimal places');
  await move(page, 'Deposit', '-5');
  await expect(form.getByRole('alert')).toContainText('positive amount');
  await expect(page.getByTestId('event-count')).toHaveText('1 events');
});
