// Measurement, not a timed test: with LEDGER_BIG_DB=<a seeded ledger, e.g. 1,000,000 events
// from bench/fixture.ts>, open the timeline, report the time to the first rows and to scroll
// through 10,000 rows. Skipped unless the variable is set.
import { test as base, expect } from '@playwright/test';
import { DEFAULT_STATIC_DIR } from '../../src-main/web/build-renderer';
import { startWebServer } from '../../src-main/web/server';

const big = process.env.LEDGER_BIG_DB;
const ROW = 44;
const ROWS = 10_000;

base.skip(!big, 'set LEDGER_BIG_DB to a seeded ledger file to measure');

base('timeline over a big ledger: first rows and a 10,000-row scroll', async ({ page }) => {
  base.setTimeout(300_000);
  const server = await startWebServer({ dbPath: big!, staticDir: DEFAULT_STATIC_DIR });
  try {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const t0 = Date.now();
    await page.goto(`${server.url}#/timeline`);
    await expect(page.getByRole('button', { name: /, position \d+$/ }).first()).toBeVisible({
      timeout: 60_000,
    });
    const firstRows = Date.now() - t0;
    await expect(page.getByTestId('timeline-count')).not.toHaveText('Counting…', { timeout: 120_000 });
    const counted = Date.now() - t0;

    const list = page.locator('.vlist');
    // Scroll in the page, four screens per frame, about 16 ms (a fast fling), letting pages load as they are
    // reached; timed in the browser so Playwright's round trips do not count.
    const scrolled = await list.evaluate(async (el, targetPx) => {
      const start = performance.now();
      while (el.scrollTop < targetPx && performance.now() - start < 120_000) {
        el.scrollBy(0, el.clientHeight * 4);
        await new Promise((r) => setTimeout(r, 16)); // about one frame
      }
      return Math.round(performance.now() - start);
    }, ROWS * ROW);
    const total = Number((await page.getByTestId('timeline-count').textContent())!.replace(/\D/g, ''));
    // Rows far above are unmounted (virtualized): check that rendered rows are 10,000 down.
    const positions = await page
      .getByRole('button', { name: /, position \d+$/ })
      .evaluateAll((els) =>
        els.map((e) => Number(/position (\d+)$/.exec(e.getAttribute('aria-label') ?? '')?.[1])),
      );
    expect(Math.min(...positions)).toBeLessThanOrEqual(total - ROWS);
    expect(positions.length).toBeLessThan(100);

    const result = { firstRowsMs: firstRows, countShownMs: counted, scroll10kRowsMs: scrolled };
    console.log(`timeline-big: ${JSON.stringify(result)}`);
    base.info().annotations.push({ type: 'measurement', description: JSON.stringify(result) });
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
