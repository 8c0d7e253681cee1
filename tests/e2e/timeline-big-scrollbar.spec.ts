// With LEDGER_BIG_DB=<a seeded ledger of more than 227,000 events (past the 10 million px a
// scrollbar may span, so the bar is scaled), e.g. from bench/fixture.ts>: the bar's bottom and
// the End key reach the oldest event, and the wheel still moves row by row. Skipped otherwise
// (a ledger that size takes longer to build than a test should).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { DEFAULT_STATIC_DIR } from '../../src-main/web/build-renderer';
import { startWebServer } from '../../src-main/web/server';

const big = process.env.LEDGER_BIG_DB;

base.skip(!big, 'set LEDGER_BIG_DB to a seeded ledger file of over 227,000 events');

base('a scaled scrollbar over a big ledger reaches the oldest event', async ({ page }) => {
  base.setTimeout(300_000);
  // A copy: the server may write to its ledger (catch-up, metadata).
  const dir = mkdtempSync(join(tmpdir(), 'ledger-big-'));
  copyFileSync(big!, join(dir, 'ledger.sqlite'));
  const server = await startWebServer({ dbPath: join(dir, 'ledger.sqlite'), staticDir: DEFAULT_STATIC_DIR });
  try {
    await page.goto(`${server.url}#/timeline`);
    const rows = page.getByRole('button', { name: /, position \d+$/ });
    await expect(rows.first()).toBeVisible({ timeout: 60_000 });
    const list = page.locator('.vlist');
    const scrollHeight = await list.evaluate((el) => el.scrollHeight);
    expect(scrollHeight).toBeLessThanOrEqual(10_000_000);

    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(page.getByRole('button', { name: /, position 1$/ })).toBeInViewport({ timeout: 30_000 });

    // Halfway down the bar is halfway down the log.
    await list.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
    const total = Number((await page.getByTestId('timeline-count').textContent())!.replace(/\D/g, ''));
    await expect(rows.first()).toBeVisible();
    await expect
      .poll(async () => {
        const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
        const positions = labels.map((l) => Number(/position (\d+)$/.exec(l)?.[1]));
        return Math.abs(Math.max(...positions) - total / 2) < total / 100;
      })
      .toBe(true);

    // The wheel moves by its own distance, not by thousands of rows.
    const before = await rows.first().getAttribute('aria-label');
    await list.hover();
    await page.mouse.wheel(0, 44 * 3);
    await expect
      .poll(async () => {
        const p = (l: string | null) => Number(/position (\d+)$/.exec(l ?? '')?.[1]);
        return p(before) - p(await rows.first().getAttribute('aria-label'));
      })
      .toBeGreaterThan(0);
    const moved =
      Number(/position (\d+)$/.exec(before ?? '')?.[1]) -
      Number(/position (\d+)$/.exec((await rows.first().getAttribute('aria-label')) ?? '')?.[1]);
    expect(moved).toBeLessThan(10);

    // Keyboard: End from the newest row reaches the oldest.
    await list.evaluate((el) => (el.scrollTop = 0));
    await page.getByRole('button', { name: new RegExp(`, position ${total}$`) }).focus();
    await page.keyboard.press('End');
    await expect(page.getByRole('button', { name: /, position 1$/ })).toBeFocused({ timeout: 30_000 });
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
