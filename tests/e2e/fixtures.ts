// Each test gets its own ledger file and in-process browser-mode server, a page already
// opened on the URL with its token, and fails if the page logs any console error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { DEFAULT_STATIC_DIR } from '../../src-main/web/build-renderer';
import { startWebServer, type WebServer } from '../../src-main/web/server';

type Fixtures = {
  server: WebServer;
  consoleErrors: string[];
  app: Page;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-e2e-'));
    const server = await startWebServer({
      dbPath: join(dir, 'ledger.sqlite'),
      staticDir: DEFAULT_STATIC_DIR,
    });
    await use(server);
    await server.close();
    await rm(dir, { recursive: true, force: true });
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  app: async ({ page, server, consoleErrors }, use) => {
    void consoleErrors;
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Opens an account through the dialog and lands on its page. */
export async function openAccount(
  page: Page,
  owner: string,
  opening?: string,
  currency = 'EUR',
): Promise<void> {
  await nav(page, 'Accounts').click();
  await page.getByRole('button', { name: 'Open account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Open account' });
  await dialog.getByLabel('Owner').fill(owner);
  await dialog.getByLabel('Currency').selectOption(currency);
  if (opening !== undefined) await dialog.getByLabel('Opening balance (optional)').fill(opening);
  await dialog.getByRole('button', { name: 'Open account' }).click();
  await expect(page.getByRole('heading', { name: owner, level: 1 })).toBeVisible();
}

export async function move(page: Page, kind: 'Deposit' | 'Withdraw', amount: string): Promise<void> {
  const form = page.getByRole('form', { name: kind });
  await form.getByLabel(`${kind} amount`).fill(amount);
  await form.getByRole('button', { name: kind, exact: true }).click();
}

export function balance(page: Page) {
  return page.getByTestId('account-balance');
}

/** A link of the sidebar (the breadcrumb repeats "Accounts"). */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}
