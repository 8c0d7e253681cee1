// The full journeys of issue 6 in browser mode against the real core.
import { balance, expect, move, nav, openAccount, test } from './fixtures';

test('transfer, correct a deposit and close an account', async ({ app: page }) => {
  await openAccount(page, 'Bob Stone');
  await openAccount(page, 'Alice Martin', '100.00');

  // Transfer 25.00 from Alice to Bob.
  await page.getByRole('button', { name: 'Transfer…' }).click();
  const transfer = page.getByRole('dialog', { name: /Transfer from Alice Martin/ });
  await transfer.getByLabel('To account').selectOption({ label: 'Bob Stone (€0.00)' });
  await transfer.getByLabel('Transfer amount').fill('25.00');
  await transfer.getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(transfer).toBeHidden();
  await expect(balance(page)).toHaveText('€75.00');

  // A mistaken deposit, then its correction: the original stays, marked corrected.
  await move(page, 'Deposit', '10.00');
  await expect(balance(page)).toHaveText('€85.00');
  await page.getByRole('button', { name: /Correct deposit at position/ }).click();
  const correct = page.getByRole('dialog', { name: 'Correct movement' });
  await correct.getByLabel('Reason').fill('Entered twice');
  await correct.getByRole('button', { name: 'Correct movement' }).click();
  await expect(correct).toBeHidden();
  await expect(balance(page)).toHaveText('€75.00');
  const movements = page.getByRole('table', { name: 'Movements' });
  await expect(movements.getByRole('row', { name: /Correction/ })).toHaveCount(1);
  await expect(movements.getByRole('row', { name: /Deposit corrected/ })).toHaveCount(1);

  // Bob received the transfer.
  await nav(page, 'Accounts').click();
  await page.getByRole('link', { name: 'Bob Stone' }).click();
  await expect(balance(page)).toHaveText('€25.00');

  // Closing needs a zero balance: refused first, then done after sending the money back.
  await page.getByRole('button', { name: 'Close account…' }).click();
  let close = page.getByRole('dialog', { name: 'Close account' });
  await close.getByRole('button', { name: 'Close account' }).click();
  await expect(close.getByRole('alert')).toBeVisible();
  await close.getByRole('button', { name: 'Cancel' }).click();
  await move(page, 'Withdraw', '25.00');
  await expect(balance(page)).toHaveText('€0.00');
  await page.getByRole('button', { name: 'Close account…' }).click();
  close = page.getByRole('dialog', { name: 'Close account' });
  await close.getByRole('button', { name: 'Close account' }).click();
  await expect(close).toBeHidden();
  await expect(page.getByText('This account is closed.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Deposit' })).toHaveCount(0);

  await nav(page, 'Accounts').click();
  await expect(page.getByRole('row', { name: /Bob Stone/ })).toContainText('Closed');
});

test('timeline filters by account and type, and links the two sides of a transfer', async ({ app: page }) => {
  await openAccount(page, 'Bob Stone');
  await openAccount(page, 'Alice Martin', '50.00');
  await move(page, 'Deposit', '20.00');
  await expect(balance(page)).toHaveText('€70.00');
  await page.getByRole('button', { name: 'Transfer…' }).click();
  const transfer = page.getByRole('dialog', { name: /Transfer from/ });
  await transfer.getByLabel('To account').selectOption({ label: 'Bob Stone (€0.00)' });
  await transfer.getByLabel('Transfer amount').fill('5');
  await transfer.getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(balance(page)).toHaveText('€65.00');

  await nav(page, 'Timeline').click();
  await expect(page.getByTestId('timeline-count')).toHaveText('5 events');
  const rows = page.getByRole('button', { name: /, position \d+$/ });
  await expect(rows).toHaveCount(5);
  // Newest first.
  await expect(rows.first()).toHaveAccessibleName(/Transfer in, Bob Stone, .*position 5$/);

  await page
    .getByRole('combobox', { name: 'Account', exact: true })
    .selectOption({ label: 'Alice Martin (EUR)' });
  await expect(page.getByTestId('timeline-count')).toHaveText('3 events');
  await expect(rows).toHaveCount(3);

  await page.getByRole('combobox', { name: 'Event type' }).selectOption({ label: 'Transfer out' });
  await expect(page.getByTestId('timeline-count')).toHaveText('1 event');
  await expect(rows).toHaveCount(1);

  await rows.first().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: /Transfer out/ })).toBeVisible();
  await expect(details).toContainText('Schema version');
  await expect(details).toContainText('commandId');
  await details.getByRole('button', { name: 'Show the other side of this transfer' }).click();
  await expect(details.getByRole('heading', { name: /Transfer in/ })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('timeline-count')).toHaveText('5 events');

  // Date range: everything happened today (UTC in this browser).
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('From', { exact: true }).fill(tomorrow);
  await expect(page.getByTestId('timeline-count')).toHaveText('0 events');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill(today);
  await page.getByLabel('To', { exact: true }).fill(today);
  await expect(page.getByTestId('timeline-count')).toHaveText('5 events');
});

test('the as-of view shows the earlier balance, marked as a past view', async ({ app: page }) => {
  await openAccount(page, 'Alice Martin');
  await move(page, 'Deposit', '100.00');
  await expect(balance(page)).toHaveText('€100.00');
  const then = new Date();
  await page.waitForTimeout(1100);
  await move(page, 'Withdraw', '30.00');
  await expect(balance(page)).toHaveText('€70.00');

  await nav(page, 'As of').click();
  // The browser runs in UTC (playwright.config.ts), so the local input is the UTC time.
  await page.getByLabel('Date and time').fill(then.toISOString().slice(0, 19));
  await page.getByRole('button', { name: 'Show balances' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Alice Martin/ })).toContainText('€100.00');
});

test('a rebuild runs with progress to done while the app stays usable', async ({ app: page }) => {
  await openAccount(page, 'Alice Martin', '10.00');
  for (const amount of ['1.00', '2.00', '3.00']) await move(page, 'Deposit', amount);
  await expect(balance(page)).toHaveText('€16.00');

  await nav(page, 'Rebuild').click();
  await page.getByRole('button', { name: 'Start rebuild' }).click();
  await expect(page.getByTestId('rebuild-state')).toHaveText('Done', { timeout: 30_000 });
  const bar = page.getByRole('progressbar', { name: 'Rebuild progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '4');
  await expect(bar).toHaveAttribute('aria-valuemax', '4');
  await expect(page.getByTestId('rebuild-count')).toHaveText('4 / 4');

  // The read models still answer after the swap.
  await nav(page, 'Accounts').click();
  await expect(page.getByRole('row', { name: /Alice Martin/ })).toContainText('€16.00');
});

test('verify from the status bar reports the result', async ({ app: page }) => {
  await openAccount(page, 'Alice Martin', '10.00');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Verified');
});
