// Every screen is checked the same way: nothing cut off where no scrolling reaches it, and
// (with `axe`) no serious or critical accessibility problem. A screenshot is kept for review
// (test-results/screenshots/views, not compared).
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expectNothingCutOff } from './cut-off';

export async function checkScreen(page: Page, where: string, opts: { axe: boolean }): Promise<void> {
  // Let layout and late rows settle before measuring.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const slug = where.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await page.screenshot({ path: `test-results/screenshots/views/${slug}.png` });
  await expectNothingCutOff(page, where);
  if (opts.axe) await expectAccessible(page, where);
}
