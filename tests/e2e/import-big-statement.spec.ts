// A big statement in browser mode (issue 16, "Big files"): the preview and the import run in the
// import worker, the dialog shows a progress bar with its percent and a Cancel button the
// keyboard reaches; a cancelled import writes nothing, and the same file then imports whole.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigStatementCsv } from '../support/big-statement';
import { balance, expect, openAccount, test } from './fixtures';

const LINES = 20_000;
const eur = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(minor / 100);

test('a 20,000-line statement: progress, Cancel writes nothing, then it imports whole', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  const dir = await mkdtemp(join(tmpdir(), 'ledger-big-'));
  try {
    const { bytes, sumMinor } = bigStatementCsv(LINES);
    const file = join(dir, 'big.csv');
    await writeFile(file, bytes);
    await openAccount(page, 'Bo Big', '100.00');
    await expect(balance(page)).toHaveText('€100.00');

    await page.getByRole('button', { name: 'Import statement…' }).click();
    const dialog = page.getByRole('dialog', { name: /Import statement into/ });
    await dialog.getByLabel('Statement file').setInputFiles(file);
    await expect(dialog.getByTestId('import-summary')).toContainText(`${LINES.toLocaleString('en-US')} new`, {
      timeout: 120_000,
    });
    await expect(dialog.getByTestId('import-shown')).toContainText('first 1,000 of 20,000 lines');
    await dialog.getByRole('checkbox', { name: /Move the opening date back/ }).check();
    await dialog.getByRole('button', { name: `Import ${LINES.toLocaleString('en-US')}` }).click();

    // The bar and its Cancel; Cancel has the focus, so Enter cancels.
    const progress = dialog.getByTestId('import-progress');
    await expect(progress.getByRole('progressbar', { name: /Importing/ })).toBeVisible();
    await expect(progress).toContainText('%');
    const cancel = progress.getByRole('button', { name: 'Cancel import' });
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('import-notice')).toContainText(
      'Import cancelled: nothing was written.',
      {
        timeout: 120_000,
      },
    );
    await expect(progress).toBeHidden();
    await expect(balance(page)).toHaveText('€100.00');

    // The same preview imports whole.
    await dialog.getByRole('button', { name: `Import ${LINES.toLocaleString('en-US')}` }).click();
    await expect(dialog.getByTestId('import-result')).toContainText(
      `Imported ${LINES.toLocaleString('en-US')} movements`,
      { timeout: 180_000 },
    );
    await expect(balance(page)).toHaveText(eur(10_000 + sumMinor));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
