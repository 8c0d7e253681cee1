// The import dialog's CSV settings (issue 16), browser mode against the real core: a real CSV
// (Actual Budget's sample) shows what was detected; changing the date format previews again at
// once; "Save as profile" keeps the settings, and the next file with the same columns is read
// with that profile without being asked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openAccount, test } from './fixtures';
import { expectAccessible } from './support/axe';

const SAMPLE = '/work/shared/import-samples/csv/data-payee-memo.csv';

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

test('CSV settings: detected, changed with a live preview, saved as a profile, used again', async ({
  app: page,
}, testInfo) => {
  await openAccount(page, 'Csv Bank', '0.00', 'USD');

  // The real sample: what detection saw.
  let dialog = await choose(page, SAMPLE);
  const lines = dialog.getByRole('table', { name: 'Statement lines' });
  await expect(lines.getByRole('row')).toHaveCount(5);
  await expect(dialog.getByLabel('Date format')).toHaveValue('YYYY-MM-DD');
  await expect(dialog.getByLabel('Decimal separator')).toHaveValue('.');
  await expect(dialog.getByLabel('Delimiter')).toHaveValue(',');
  await expect(dialog.getByLabel('Encoding')).toHaveValue('utf-8');
  await expect(dialog.getByLabel('Saved profile')).toHaveValue('');
  await expectAccessible(page, 'the CSV settings');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();

  // A day/month file the detection reads month-first: choosing the format re-reads it at once.
  const first = testInfo.outputPath('march.csv');
  writeFileSync(first, 'Date,Amount,Payee\n02/03/2024,-1.50,Shop\n04/03/2024,2.00,Work\n');
  dialog = await choose(page, first);
  await expect(dialog.getByLabel('Date format')).toHaveValue('MM/DD/YYYY');
  await expect(lines.getByRole('row').nth(1)).toContainText('Feb 3, 2024');
  await dialog.getByLabel('Date format').selectOption('DD/MM/YYYY');
  await expect(dialog.getByRole('table', { name: 'Statement lines' }).getByRole('row').nth(1)).toContainText(
    'Mar 2, 2024',
  );
  await dialog.getByLabel('Save as profile').fill('My bank');
  const move = dialog.getByRole('checkbox', { name: /Move the opening date back/ });
  if (await move.isVisible()) await move.check();
  await dialog.getByRole('button', { name: 'Import 2' }).click();
  await expect(dialog.getByTestId('import-profile-saved')).toContainText('My bank');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The next statement with the same columns: the saved profile is used without being asked.
  const second = join(testInfo.outputPath(), 'april.csv');
  writeFileSync(second, 'Date,Amount,Payee\n05/04/2024,-3.00,Kiosk\n');
  dialog = await choose(page, second);
  await expect(dialog.getByLabel('Saved profile').locator('option').first()).toHaveText('Automatic: My bank');
  await expect(dialog.getByLabel('Date format')).toHaveValue('DD/MM/YYYY');
  await expect(dialog.getByRole('table', { name: 'Statement lines' }).getByRole('row').nth(1)).toContainText(
    'Apr 5, 2024',
  );
});
