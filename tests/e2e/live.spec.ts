// Pushes from the core reach the page without a reload, the menu's actions work, and the
// timeline pages through a long log as it scrolls.
import { randomUUID } from 'node:crypto';
import { balance, expect, nav, openAccount, test } from './fixtures';

test('a change made elsewhere shows up at once, without a reload', async ({ app: page, server }) => {
  await openAccount(page, 'Alice Martin', '10.00');
  const accountId = decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '');
  await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42));

  const r = await server.ledger.invoke('deposit', { commandId: randomUUID(), accountId, amount: '5.00' });
  expect(r.ok).toBe(true);
  await expect(balance(page)).toHaveText('€15.00');
  await expect(page.getByTestId('event-count')).toHaveText('2 events');
  // Same document: nothing was reloaded.
  expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(42);
});

test('menu actions: toggle the theme and open the rebuild panel', async ({ app: page, server }) => {
  server.ledger.push('menuAction', { action: 'toggle-theme' });
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  server.ledger.push('menuAction', { action: 'rebuild' });
  await expect(page.getByRole('heading', { name: 'Rebuild projections' })).toBeVisible();
});

test('the timeline is virtualized and loads older pages as it scrolls', async ({ app: page, server }) => {
  const opened = await server.ledger.invoke('openAccount', {
    commandId: randomUUID(),
    owner: 'Busy',
    currency: 'EUR',
  });
  if (!opened.ok) throw new Error(opened.error.message);
  for (let i = 0; i < 499; i++) {
    const r = await server.ledger.invoke('deposit', {
      commandId: randomUUID(),
      accountId: opened.value.accountId,
      amount: '1.00',
    });
    if (!r.ok) throw new Error(r.error.message);
  }
  await nav(page, 'Timeline').click();
  await expect(page.getByTestId('timeline-count')).toHaveText('500 events');
  const rows = page.getByRole('button', { name: /, position \d+$/ });
  await expect(rows.first()).toHaveAccessibleName(/position 500$/);
  // Only what is on screen (plus a buffer) is in the DOM.
  expect(await rows.count()).toBeLessThan(60);

  const oldest = page.getByRole('button', { name: /^Account opened, Busy, .*, position 1$/ });
  const list = page.locator('.vlist');
  for (let i = 0; i < 40 && !(await oldest.isVisible()); i++) {
    await list.evaluate((el) => el.scrollBy(0, 4000));
    await page.waitForTimeout(100);
  }
  await expect(oldest).toBeVisible();
});
