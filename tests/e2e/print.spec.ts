// Printing an account gives its whole statement: every movement (not just the loaded page),
// without the sidebar, status bar, forms or buttons, over as many pages as it needs.
import { expect, test } from './fixtures';
import { call, openAccount } from './support/seed';
import { useVariant, VARIANTS, variantName } from './support/variants';

const MOVEMENTS = 250;

for (const v of VARIANTS) {
  test(`print statement: all movements, page after page, ${variantName(v)}`, async ({
    app: page,
    server,
  }) => {
    test.setTimeout(120_000);
    const id = await openAccount(server, 'Printed account', '10.00');
    for (let i = 1; i <= MOVEMENTS; i++)
      await call(server, 'deposit', { accountId: id, amount: '1.00', description: `Deposit ${i}` });
    // The browser's print dialog cannot be driven: count the calls instead.
    await page.addInitScript(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => void w.printed++;
    });
    await useVariant(page, v);
    await page.getByRole('link', { name: 'Printed account' }).click();
    const rows = page.getByRole('table', { name: 'Movements' }).locator('tbody tr');
    await expect(rows).toHaveCount(100);

    await page.getByRole('button', { name: 'Print statement…' }).click();
    await expect(rows).toHaveCount(MOVEMENTS + 1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('contentinfo', { name: 'Status' })).toBeHidden();
    await expect(page.getByRole('form', { name: 'Deposit' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print statement…' })).toBeHidden();
    await expect(page.getByText(`all ${MOVEMENTS + 1} movements`)).toBeVisible();
    await expect(rows.last()).toContainText('Account opened');
    await expect(rows.last()).toBeVisible();

    // Chromium's own print to PDF: the statement runs over several pages.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);
  });
}
