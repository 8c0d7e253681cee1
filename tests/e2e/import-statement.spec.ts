// Bank statement import in the app (issue 16), browser mode against the real core: a real OFX
// statement (Actual Budget's sample) is previewed line by line, imported, re-imported as all
// duplicates, and undone; a broken or hostile file is refused and writes nothing; Reconcile…
// shows the core's refusal with the difference. Accessible and not cut off at 800×600, light
// and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { balance, expect, openAccount, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { cutOffs } from './support/cut-off';

const STATEMENTS = join(import.meta.dirname, '../fixtures/statements');
const OFX = join(STATEMENTS, 'samples/ofx/data-payee-memo.ofx');

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: /Import statement into/ });
}

async function choose(page: Page, file: string) {
  await page.getByRole('button', { name: 'Import statement…' }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Statement file').setInputFiles(file);
  return dialog;
}

test('import an OFX statement: preview, import, re-import adds nothing, undo', async ({ app: page }) => {
  await openAccount(page, 'Ann Bank', '500.00', 'USD');
  await expect(balance(page)).toHaveText('$500.00');

  const dialog = await choose(page, OFX);
  const lines = dialog.getByRole('table', { name: 'Statement lines' });
  await expect(lines.getByRole('row')).toHaveCount(5);
  await expect(lines.getByRole('row').nth(1)).toContainText('Jan 23, 2019');
  await expect(lines.getByRole('row').nth(1)).toContainText('-$10.00');
  await expect(lines.getByRole('row').nth(1)).toContainText('Payee Name');
  await expect(dialog.getByTestId('import-summary')).toContainText('4 new · 0 duplicates');
  // The statement's LEDGERBAL against the account after the import.
  await expect(dialog.getByTestId('import-balance')).toContainText('$1,000.00');
  await expect(dialog.getByTestId('import-balance')).toContainText('Difference:');

  // The lines are older than the account: Import waits for the choice to move the opening date.
  const importButton = dialog.getByRole('button', { name: 'Import 4' });
  await expect(importButton).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Move the opening date back to Jan 23, 2019/ }).check();
  await expectAccessible(page, 'the statement preview');
  await importButton.click();
  await expect(dialog.getByTestId('import-result')).toContainText('Imported 4 movements');
  await expect(balance(page)).toHaveText('$400.00');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('last-import')).toContainText(
    'Imported 4 movements from data-payee-memo.ofx',
  );

  // The same file again: every line is a duplicate and there is nothing to import.
  const again = await choose(page, OFX);
  await expect(again.getByTestId('import-summary')).toContainText('0 new · 4 duplicates');
  await expect(again.getByRole('table', { name: 'Statement lines' }).getByText('Duplicate')).toHaveCount(4);
  await expect(again.getByTestId('import-nothing')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
  await expect(balance(page)).toHaveText('$400.00');

  // Undo: corrections for the whole batch, the balance is back.
  await page.getByTestId('last-import').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('account-notice')).toContainText('4 movements reversed');
  await expect(balance(page)).toHaveText('$500.00');
});

test('a broken or hostile statement is refused with a message and writes nothing', async ({ app: page }) => {
  await openAccount(page, 'Eve Broken', '100.00');
  for (const file of ['camt/truncated.xml', 'camt/xxe.xml', 'ofx/bad-amount.ofx']) {
    const dialog = await choose(page, join(STATEMENTS, file));
    const alert = dialog.getByTestId('import-error');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Nothing was written.');
    await expect(dialog.getByRole('table')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(balance(page)).toHaveText('€100.00');
  await expect(page.getByRole('table', { name: 'Movements' }).getByRole('row')).toHaveCount(2);
});

test('Reconcile… records a matching balance and shows the difference otherwise', async ({ app: page }) => {
  await openAccount(page, 'Rita Recon', '250.00');
  await page.getByRole('button', { name: 'Reconcile…' }).click();
  const dialog = page.getByRole('dialog', { name: /Reconcile/ });
  await dialog.getByLabel('Statement balance').fill('240.00');
  await dialog.getByRole('button', { name: 'Reconcile' }).click();
  await expect(dialog.getByRole('alert')).toContainText('difference');
  await expect(dialog.getByRole('alert')).toContainText('-€10.00');
  await dialog.getByLabel('Statement balance').fill('250.00');
  await dialog.getByRole('button', { name: 'Reconcile' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('account-notice')).toContainText('Reconciled');
  await expect(balance(page)).toHaveText('€250.00');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview fits 800×600 with nothing cut off (${scheme})`, async ({ app: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 800, height: 600 });
    await openAccount(page, 'Narrow Window', '500.00', 'USD');
    const dialog = await choose(page, OFX);
    await expect(dialog.getByRole('table', { name: 'Statement lines' })).toBeVisible();
    expect(await cutOffs(page)).toEqual([]);
    await expectAccessible(page, `the statement preview at 800×600 (${scheme})`);
  });
}

test('a statement dropped on the account page opens its preview', async ({ app: page }) => {
  await openAccount(page, 'Dora Drop', '500.00', 'USD');
  const content = readFileSync(OFX, 'latin1');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.ofx', { type: 'application/x-ofx' }));
    return dt;
  }, content);
  const view = page.locator('section.view');
  await view.dispatchEvent('dragover', { dataTransfer: transfer });
  await view.dispatchEvent('drop', { dataTransfer: transfer });
  const dialog = importDialog(page);
  await expect(dialog.getByTestId('import-summary')).toContainText('dropped.ofx');
  await expect(dialog.getByTestId('import-summary')).toContainText('4 new');
  // Keyboard: Escape closes the dialog, nothing written.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(balance(page)).toHaveText('$500.00');
});
