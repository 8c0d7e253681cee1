// The real desktop app through Playwright's Electron driver: open an account, deposit, rebuild
// from the menu. Runs only where the Electron binary and the Electron-ABI better-sqlite3 exist;
// elsewhere it is skipped with the reason (npx playwright test -c playwright.electron.config.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { balance, move, nav, openAccount } from '../e2e/fixtures';

const repo = resolve(import.meta.dirname, '..', '..');

/** The installed Electron binary, found without require('electron') (which would download it). */
function electronBinary(): string | null {
  const dir = join(repo, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const exe = electronBinary();
const nativeReady =
  Boolean(process.env.LEDGER_NATIVE_BINDING) ||
  existsSync(join(repo, '.electron-native', 'better_sqlite3.node'));
const built = existsSync(join(repo, 'out', 'main', 'index.js'));

const skipReason = !exe
  ? 'the Electron binary is not installed (node_modules/electron/dist); run `npx install-electron`'
  : !nativeReady
    ? 'no Electron-ABI better-sqlite3; run `node scripts/ensure-electron-sqlite.mjs`'
    : !built
      ? 'the app is not built; run `npm run build`'
      : null;
if (skipReason) console.log(`[e2e-electron] SKIPPED: ${skipReason}`);

// Skipped, by design, where the real app cannot run: this machine has no Electron binary (it is
// downloaded from GitHub) and no Electron-ABI better-sqlite3. Everything else is tested without it.
test.skip(skipReason !== null, `SKIPPED: ${skipReason}`);

test('open an account, deposit, rebuild projections from the menu', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'ledger-electron-e2e-'));
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL;
  const app = await electron.launch({
    executablePath: exe!,
    args: [repo, `--user-data-dir=${userData}`],
    env,
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://ledger/index.html');

    // The renderer has the bridge but no Node.
    expect(await page.evaluate(() => typeof (globalThis as { ledger?: unknown }).ledger)).toBe('object');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');

    await openAccount(page, 'Alice Martin');
    await move(page, 'Deposit', '100.00');
    await expect(balance(page)).toHaveText('€100.00');

    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('tools.rebuild')?.click());
    await expect(page.getByRole('heading', { name: 'Rebuild projections' })).toBeVisible();
    await expect(page.getByText(/done|finished|complete/i).first()).toBeVisible({ timeout: 30_000 });

    await nav(page, 'Accounts').click();
    await expect(
      page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: /Alice Martin/ }),
    ).toContainText('€100.00');
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
