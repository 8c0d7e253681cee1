// The timeline over the whole log: its scrollbar reaches the oldest event, the keyboard moves
// through all of it from one Tab stop, and the detail pane follows the selection and filters.
import type { Page } from '@playwright/test';
import { expect, nav, test } from './fixtures';
import { expectNothingCutOff } from './support/cut-off';
import { call, household } from './support/seed';
import { useVariant, VARIANTS, variantName } from './support/variants';

const EXTRA = 1200;

const row = (page: Page, position: number) =>
  page.getByRole('button', { name: new RegExp(`, position ${position}$`) });
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

for (const v of VARIANTS) {
  test(`the whole log: scrollbar, keys, details, ${variantName(v)}`, async ({ app: page, server }) => {
    test.setTimeout(180_000);
    const { main } = await household(server);
    await call(server, 'deposit', {
      accountId: main,
      amount: '42.00',
      description: 'Backdated rent refund',
      valueDate: '2026-03-01',
    });
    for (let i = 0; i < EXTRA; i++) await call(server, 'deposit', { accountId: main, amount: '1.00' });
    const head = (await call(server, 'ledgerInfo', {})).headPosition;
    await useVariant(page, v);
    await nav(page, 'Timeline').click();
    await expect(page.getByTestId('timeline-count')).toHaveText(`${head.toLocaleString('en-US')} events`);
    await expect(row(page, head)).toBeVisible();

    // Dragging the scrollbar to the bottom shows the oldest event: every row has its place.
    const list = page.locator('.vlist');
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(row(page, 1)).toBeVisible();
    await expect(row(page, 1)).toHaveAccessibleName(/^Account opened/);
    await list.evaluate((el) => (el.scrollTop = 0));
    await expect(row(page, head)).toBeVisible();

    // One Tab stop: in from the last filter control, out past the list in one more Tab.
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toMatch(new RegExp(`, position ${head}$`));
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toMatch(new RegExp(`, position ${head - 1}$`));
    await page.keyboard.press('End');
    await expect(row(page, 1)).toBeFocused();
    await page.keyboard.press('PageUp');
    const up = Number(/position (\d+)$/.exec(await focusedLabel(page))?.[1]);
    expect(up).toBeGreaterThan(2);
    await expect(row(page, up)).toBeInViewport();
    await page.keyboard.press('PageDown');
    await expect(row(page, 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(row(page, head)).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).not.toMatch(/, position \d+$/);
    await page.keyboard.press('Shift+Tab');
    await expect(row(page, head)).toBeFocused();

    // A long account name, cut in its column, shows whole on keyboard focus.
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    const tip = page.locator('.full-text-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(
      'Household account of the Martin-Diaz family, shared with the grandparents',
    );
    await page.mouse.move(0, 0);

    // Details: the description and value date up front.
    const details = page.getByRole('complementary', { name: 'Event details' });
    await expect(details).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Account', exact: true }).selectOption({
      label: 'Household account of the Martin-Diaz family, shared with the grandparents (EUR)',
    });
    await page.getByRole('combobox', { name: 'Event type' }).selectOption({ label: 'Deposit' });
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page
      .getByRole('button', { name: /Deposit, Household account/ })
      .filter({ hasText: '€42.00' })
      .click();
    await expect(details).toContainText('Backdated rent refund');
    await expect(details).toContainText('Mar 1, 2026');
    await expectNothingCutOff(page, `timeline details, ${variantName(v)}`);

    // A filter that leaves the selected event out clears the details.
    await page.getByRole('combobox', { name: 'Event type' }).selectOption({ label: 'Owner changed' });
    await expect(page.getByTestId('timeline-count')).toHaveText('0 events');
    await expect(details).toHaveCount(0);

    // An owner change shows the old and the new owner.
    await page
      .getByRole('combobox', { name: 'Account', exact: true })
      .selectOption({ label: 'All accounts' });
    await row(page, head - EXTRA - 1).click();
    await expect(details.getByRole('heading', { name: /Owner changed/ })).toBeVisible();
    await expect(details).toContainText('Old owner');
    await expect(details).toContainText('Travel fund');
    await expect(details).toContainText('Travel fund 2027');
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
  });
}
