// A screenshot of each main screen in light and dark theme, saved as artefacts for review
// (not compared pixel by pixel).
import type { Page } from '@playwright/test';
import { balance, expect, move, nav, openAccount, test } from './fixtures';

const DIR = 'test-results/screenshots';

async function seed(page: Page): Promise<void> {
  await openAccount(page, 'Household', '2500.00');
  await openAccount(page, 'Savings', '10000.00');
  await openAccount(page, 'Travel fund', '0', 'USD');
  await move(page, 'Deposit', '1250.50');
  await openAccount(page, 'Alice Martin', '1200.00');
  await move(page, 'Deposit', '340.25');
  await move(page, 'Withdraw', '89.90');
  await page.getByRole('button', { name: 'Transfer…' }).click();
  const t = page.getByRole('dialog', { name: /Transfer from/ });
  await t.getByLabel('To account').selectOption({ label: 'Household (€2,500.00)' });
  await t.getByLabel('Transfer amount').fill('150');
  await t.getByLabel('Description (optional)').fill('Groceries share');
  await t.getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(balance(page)).toHaveText('€1,300.35');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`main screens, ${scheme} theme`, async ({ app: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page);
    await page.screenshot({ path: `${DIR}/account-${scheme}.png` });

    await move(page, 'Withdraw', '5000');
    await expect(page.getByRole('form', { name: 'Withdraw' }).getByRole('alert')).toBeVisible();
    await page.getByRole('button', { name: 'Transfer…' }).click();
    await page
      .getByRole('dialog', { name: /Transfer from/ })
      .getByLabel('Transfer amount')
      .fill('12,50');
    await page
      .getByRole('dialog', { name: /Transfer from/ })
      .getByRole('button', { name: 'Transfer', exact: true })
      .click();
    await page.screenshot({ path: `${DIR}/account-errors-${scheme}.png` });
    await page.keyboard.press('Escape');

    await nav(page, 'Accounts').click();
    await expect(page.getByRole('row', { name: /Savings/ })).toBeVisible();
    await page.screenshot({ path: `${DIR}/accounts-${scheme}.png` });

    await page.getByRole('button', { name: 'Open account' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Open account' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/open-account-${scheme}.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Open account' })).toBeHidden();

    await nav(page, 'Timeline').click();
    await page
      .getByRole('button', { name: /, position \d+$/ })
      .nth(1)
      .click();
    await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText('Hash');
    await page.screenshot({ path: `${DIR}/timeline-${scheme}.png` });

    await nav(page, 'As of').click();
    await page.getByRole('button', { name: 'Show balances' }).click();
    await expect(page.getByText('Past view')).toBeVisible();
    await page.screenshot({ path: `${DIR}/as-of-${scheme}.png` });

    await nav(page, 'Rebuild').click();
    await page.getByRole('button', { name: 'Start rebuild' }).click();
    // Journeys check that it reaches Done; here any finished state makes a picture.
    await expect(page.getByTestId('rebuild-state')).toHaveText(/Done|Failed|Cancelled/, { timeout: 30_000 });
    await page.screenshot({ path: `${DIR}/rebuild-${scheme}.png` });

    await nav(page, 'Backups').click();
    await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${DIR}/backups-${scheme}.png` });
  });
}

test('main screens in a narrow window', async ({ app: page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await seed(page);
  await page.screenshot({ path: `${DIR}/account-narrow.png` });
  await nav(page, 'Timeline').click();
  await page
    .getByRole('button', { name: /, position \d+$/ })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText('Hash');
  await page.screenshot({ path: `${DIR}/timeline-narrow.png` });
});
