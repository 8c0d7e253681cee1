// A newcomer's empty ledger offers the demo: one click switches browser mode to a generated demo
// file (their own file is left as it was) and the page shows its year of books.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { test, expect } from './fixtures';

test('the empty state opens the demo ledger, and the empty file stays empty', async ({ app, server }) => {
  test.setTimeout(60_000);
  const own = server.ledger.path;
  await app.getByRole('button', { name: 'Open the demo ledger' }).click();
  // The page reloads against the demo: accounts in two currencies, the demo's file in the status bar.
  await expect(app.getByRole('table', { name: 'Accounts' })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('contentinfo', { name: 'Status' })).toContainText(/ledger-demo-.*demo\.ledger/);
  expect(await app.getByRole('table', { name: 'Accounts' }).getByRole('row').count()).toBeGreaterThan(2);
  expect(server.ledger.path).not.toBe(own);
  const demo = server.ledger;

  // The ledger the person started with was not written to.
  const { openLedger } = await import('../../src-main/ledger');
  const before = openLedger(own, { create: false });
  try {
    expect(before.store.headPosition()).toBe(0);
  } finally {
    await before.close();
    // The demo lives in its own temporary folder; closing twice is harmless (the fixture does too).
    await demo.close();
    rmSync(dirname(demo.path), { recursive: true, force: true });
  }
});
