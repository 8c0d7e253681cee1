// Every screen at 1280×800 and 800×600, in light and dark: nothing is cut off where no scrolling
// reaches it (support/cut-off.ts). axe scans every screen in light and dark at 1280×800 (its
// rules do not depend on the window's size, and a scan is slow on a shared machine).
import type { Page } from '@playwright/test';
import type { WebServer } from '../../src-main/web/server';
import { expect, nav, test } from './fixtures';
import { checkScreen } from './support/screen';
import { call, household } from './support/seed';
import { useVariant, VARIANTS, variantName } from './support/variants';

type Check = (where: string) => Promise<void>;

const JOURNEYS: Record<string, (page: Page, check: Check, server: WebServer) => Promise<void>> = {
  async accounts(page, check) {
    await expect(page.getByRole('row', { name: /Anna 12/ })).toBeVisible();
    await check('accounts');
    await page.getByRole('button', { name: 'Open account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open account' });
    await expect(dialog).toBeVisible();
    await check('open account');
    await dialog.getByRole('button', { name: 'Open account' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Owner name is required');
    await check('open account with an error');
  },

  async account(page, check) {
    await page.getByRole('link', { name: /Household account/ }).click();
    await expect(page.getByRole('table', { name: 'Movements' })).toBeVisible();
    await check('account');
    const withdraw = page.getByRole('form', { name: 'Withdraw' });
    await withdraw.getByLabel('Withdraw amount').fill('99999999');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await expect(withdraw.getByRole('alert')).toContainText('Insufficient funds');
    await check('account with a refusal');
    for (const [button, name] of [
      ['Transfer…', /Transfer from/],
      ['Rename…', 'Rename account'],
      [/Correct deposit at position/, 'Correct movement'],
      ['Close account…', 'Close account'],
    ] as const) {
      await page.getByRole('button', { name: button }).first().click();
      await expect(page.getByRole('dialog', { name })).toBeVisible();
      await check(`dialog ${String(name)}`);
      if (name !== 'Close account') await page.keyboard.press('Escape');
    }
    const close = page.getByRole('dialog', { name: 'Close account' });
    await close.getByRole('button', { name: 'Close account' }).click();
    await expect(close.getByRole('alert')).toContainText('zero balance');
    await check('close refused');
  },

  async timeline(page, check) {
    await nav(page, 'Timeline').click();
    const rows = page.getByRole('button', { name: /, position \d+$/ });
    await expect(rows.first()).toBeVisible();
    await check('timeline');
    await rows.nth(2).click();
    await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText('Hash');
    await check('timeline with details');
  },

  async asOf(page, check) {
    await nav(page, 'As of').click();
    await page.getByRole('button', { name: 'Show balances' }).click();
    await expect(page.getByText('Past view')).toBeVisible();
    await check('as of');
    await page.getByLabel('Date and time').fill('2999-01-01T00:00:00');
    await page.getByRole('button', { name: 'Show balances' }).click();
    await expect(page.getByText('Future date')).toBeVisible();
    await check('as of a future date');
  },

  async operations(page, check, server) {
    await nav(page, 'Rebuild').click();
    await page.getByRole('button', { name: 'Start rebuild' }).click();
    await expect(page.getByTestId('rebuild-state')).toHaveText('Done', { timeout: 30_000 });
    await check('rebuild');
    await call(server, 'createBackup', {});
    await nav(page, 'Backups').click();
    const restore = page.getByRole('button', { name: /Restore backup from/ });
    await expect(restore).toBeVisible();
    await check('backups');
    await restore.click();
    await expect(page.getByRole('dialog', { name: 'Restore backup' })).toBeVisible();
    await check('restore');
  },
};

for (const v of VARIANTS) {
  const tag = variantName(v);
  const axe = v.width === 1280;
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    test(`${name}: nothing cut off${axe ? ', accessible' : ''}, ${tag}`, async ({ app: page, server }) => {
      test.setTimeout(180_000);
      await household(server);
      await useVariant(page, v);
      await journey(page, (where) => checkScreen(page, `${where}, ${tag}`, { axe }), server);
    });
  }
}
