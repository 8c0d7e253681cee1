// The real desktop app through Playwright's Electron driver, in two projects
// (playwright.electron.config.ts): `unpackaged` runs `electron .` on the built out/, `packaged`
// runs the test-only package from `npm run dist:e2e` (release/e2e/linux-unpacked/ledger: the release
// build with the inspect fuse on, so that Playwright can attach). Each project is skipped, with
// the reason, where its binary does not exist (this build machine has no Electron binary).
// Under Linux without a display: xvfb-run -a npm run test:e2e:electron (README, Packaging).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type ElectronApplication,
  type Page,
  _electron as electron,
  expect,
  test as base,
} from '@playwright/test';
import { balance, move, nav, openAccount } from '../e2e/fixtures';

export type Target = 'unpackaged' | 'packaged';

const repo = resolve(import.meta.dirname, '..', '..');

/** The installed Electron binary, found without require('electron') (which would download it). */
function electronBinary(): string | null {
  const dir = join(repo, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** The unpacked test package built by `npm run dist:e2e` (or LEDGER_E2E_APP). */
function packagedBinary(): string {
  if (process.env.LEDGER_E2E_APP) return resolve(process.env.LEDGER_E2E_APP);
  const out = join(repo, 'release', 'e2e');
  if (process.platform === 'win32') return join(out, 'win-unpacked', 'Ledger.exe');
  if (process.platform === 'darwin') {
    const mac = process.arch === 'arm64' ? 'mac-arm64' : 'mac';
    return join(out, mac, 'Ledger.app', 'Contents', 'MacOS', 'Ledger');
  }
  return join(out, 'linux-unpacked', 'ledger');
}

interface Launch {
  executablePath: string;
  /** Arguments before the per-test ones (the app folder when unpackaged). */
  args: string[];
}

function launchFor(target: Target): Launch | { skip: string } {
  if (target === 'packaged') {
    const exe = packagedBinary();
    return existsSync(exe)
      ? { executablePath: exe, args: [] }
      : { skip: `no test package at ${exe}; run \`npm run dist:e2e\` (needs network)` };
  }
  const exe = electronBinary();
  if (!exe)
    return {
      skip: 'the Electron binary is not installed (node_modules/electron/dist); run `npx install-electron`',
    };
  const nativeReady =
    Boolean(process.env.LEDGER_NATIVE_BINDING) ||
    existsSync(join(repo, '.electron-native', 'better_sqlite3.node'));
  if (!nativeReady)
    return { skip: 'no Electron-ABI better-sqlite3; run `node scripts/ensure-electron-sqlite.mjs`' };
  if (!existsSync(join(repo, 'out', 'main', 'index.js')))
    return { skip: 'the app is not built; run `npm run build`' };
  return { executablePath: exe, args: [repo] };
}

interface Running {
  app: ElectronApplication;
  page: Page;
  userData: string;
  launch: Launch;
  /** Main-process console errors, and warnings that a worker fell back to the main thread. */
  problems: string[];
}

const test = base.extend<{ running: Running }, { target: Target }>({
  target: ['unpackaged', { option: true, scope: 'worker' }],
  running: async ({ target }, use, testInfo) => {
    const launch = launchFor(target);
    if ('skip' in launch) {
      console.log(`[e2e-electron:${target}] SKIPPED: ${launch.skip}`);
      testInfo.skip(true, `SKIPPED: ${launch.skip}`);
      return;
    }
    const userData = mkdtempSync(join(tmpdir(), `ledger-electron-e2e-${target}-`));
    const app = await start(launch, userData, target);
    const problems: string[] = [];
    app.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error') problems.push(`console.error: ${text}`);
      if (/worker unavailable|in this thread/i.test(text)) problems.push(`fallback: ${text}`);
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
      await use({ app, page, userData, launch, problems });
      expect(problems, 'main-process console errors or worker fallbacks').toEqual([]);
    } finally {
      await app.close().catch(() => undefined);
      rmSync(userData, { recursive: true, force: true });
    }
  },
});

function env(target: Target): Record<string, string> {
  const e = { ...process.env } as Record<string, string>;
  delete e.ELECTRON_RENDERER_URL;
  // A packaged app must ignore (and drop) this: point it at something that is not a module.
  if (target === 'packaged') e.LEDGER_NATIVE_BINDING = join(tmpdir(), 'not-a-native-module.node');
  return e;
}

function start(launch: Launch, userData: string, target: Target, extra: string[] = []) {
  return electron.launch({
    executablePath: launch.executablePath,
    args: [...launch.args, `--user-data-dir=${userData}`, ...extra],
    env: env(target),
  });
}

type Api = Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>> & {
  on(name: string, listener: (payload: unknown) => void): () => void;
};
declare global {
  interface Window {
    ledger: Api;
    __e2e?: { pushes: unknown[]; marker?: string };
  }
}

interface Sidecar {
  kind: string;
  verified: string;
  verifiedIn?: string;
  verifyFallback?: string;
  verifyMessage: string | null;
}
const sidecarsIn = (dir: string): Sidecar[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Sidecar)
    : [];

test.describe('the desktop app', () => {
  test('startup: app:// page, a frozen bridge of named functions, no Node, eval blocked', async ({
    running,
    target,
  }) => {
    const { app, page, userData } = running;
    expect(page.url()).toBe('app://ledger/index.html');
    expect(await app.evaluate(({ app }) => app.getPath('userData'))).toBe(userData);
    expect(await app.evaluate(({ app }) => app.isPackaged)).toBe(target === 'packaged');
    if (target === 'packaged') {
      // Ignored and removed at startup (src-main/electron/paths.ts).
      expect(await app.evaluate(() => process.env.LEDGER_NATIVE_BINDING ?? null)).toBeNull();
      // The onlyLoadAppFromAsar fuse: the app (and its ESM workers) come from app.asar.
      expect(await app.evaluate(({ app }) => app.getAppPath())).toMatch(/app\.asar$/);
    }

    const bridge = await page.evaluate(() => {
      const api = window.ledger as unknown as Record<string, unknown>;
      return {
        frozen: Object.isFrozen(api),
        names: Object.keys(api),
        allNamedFunctions: Object.entries(api).every(([, v]) => typeof v === 'function'),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        evalResult: (() => {
          try {
            return String(eval('1 + 1'));
          } catch (e) {
            return (e as Error).name;
          }
        })(),
        functionResult: (() => {
          try {
            return String(new Function('return 2')());
          } catch (e) {
            return (e as Error).name;
          }
        })(),
      };
    });
    expect(bridge.frozen).toBe(true);
    expect(bridge.allNamedFunctions).toBe(true);
    expect(bridge.names).toEqual(
      expect.arrayContaining(['openAccount', 'deposit', 'ledgerInfo', 'createBackup', 'on']),
    );
    expect(bridge.names).not.toContain('invoke');
    expect(bridge.require).toBe('undefined');
    expect(bridge.process).toBe('undefined');
    expect(bridge.evalResult).toBe('EvalError');
    expect(bridge.functionResult).toBe('EvalError');
  });

  test('IPC round trip: commands, ledgerInfo, a validation error and a ledgerChanged push', async ({
    running,
  }) => {
    const { page } = running;
    const r = await page.evaluate(async () => {
      const api = window.ledger;
      window.__e2e = { pushes: [] };
      api.on('ledgerChanged', (p) => window.__e2e!.pushes.push(p));
      const before = (await api.ledgerInfo!({})) as { ok: boolean; value: { eventCount: number } };
      const opened = (await api.openAccount!({
        commandId: crypto.randomUUID(),
        owner: 'Ipc Owner',
        currency: 'EUR',
      })) as { ok: boolean; value: { accountId: string } };
      const deposited = await api.deposit!({
        commandId: crypto.randomUUID(),
        accountId: opened.value.accountId,
        amount: '25.00',
      });
      const after = (await api.ledgerInfo!({})) as { ok: boolean; value: { eventCount: number } };
      const bad = (await api.deposit!({ commandId: 'x', accountId: 42, amount: 1.5 })) as {
        ok: boolean;
        error: { code: string };
      };
      const account = (await api.getAccount!({ accountId: opened.value.accountId })) as {
        value: { balance: { minor: number; currency: string } };
      };
      return {
        before,
        opened: opened.ok,
        deposited: deposited.ok,
        after,
        bad,
        balance: account.value.balance,
      };
    });
    expect(r.opened).toBe(true);
    expect(r.deposited).toBe(true);
    expect(r.after.value.eventCount).toBe(r.before.value.eventCount + 2);
    expect(r.bad.ok).toBe(false);
    expect(r.bad.error.code).toBe('validation');
    expect(r.balance).toEqual({ minor: 2500, currency: 'EUR' });
    await expect.poll(() => page.evaluate(() => window.__e2e!.pushes.length)).toBeGreaterThanOrEqual(1);
  });

  test('Tools → Rebuild Projections by menu id runs in the worker: done, projections match', async ({
    running,
  }) => {
    const { app, page } = running;
    await openAccount(page, 'Alice Martin');
    await move(page, 'Deposit', '100.00');
    await expect(balance(page)).toHaveText('€100.00');

    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('tools.rebuild')?.click());
    await expect(page.getByRole('heading', { name: 'Rebuild projections' })).toBeVisible();
    // The rebuild has no in-thread fallback: "done" with matching projections proves the worker
    // (and better-sqlite3 inside it) ran — from app.asar/app.asar.unpacked when packaged.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const r = (await window.ledger.rebuildStatus!({})) as { value: { state: string } };
            return r.value.state;
          }),
        { timeout: 30_000 },
      )
      .toMatch(/^(done|failed|cancelled)$/);
    const status = await page.evaluate(
      async () =>
        (
          (await window.ledger.rebuildStatus!({})) as {
            value: {
              state: string;
              error: string | null;
              verification: { ok: boolean; differences: unknown[] } | null;
            };
          }
        ).value,
    );
    expect(status.state).toBe('done');
    expect(status.error).toBeNull();
    expect(status.verification).toEqual({ ok: true, differences: [] });
    await expect(page.getByTestId('rebuild-state')).toHaveText('Done');
    await expect(page.getByText('The rebuilt projections match the event log.')).toBeVisible();

    await nav(page, 'Accounts').click();
    await expect(
      page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: /Alice Martin/ }),
    ).toContainText('€100.00');
  });

  test('backup verified by the worker, restore with a before-restore copy, on-quit backup', async ({
    running,
  }) => {
    const { app, page, userData } = running;
    const backups = join(userData, 'backups');
    // Native dialogs are stubbed: record the "Backup created." message instead of showing it.
    await app.evaluate(({ dialog }) => {
      const shown: unknown[] = [];
      (globalThis as { __dialogs?: unknown[] }).__dialogs = shown;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        shown.push(args.at(-1));
        return { response: 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    const accountId = await page.evaluate(async () => {
      const api = window.ledger;
      const opened = (await api.openAccount!({
        commandId: crypto.randomUUID(),
        owner: 'Backup Owner',
        currency: 'EUR',
      })) as {
        value: { accountId: string };
      };
      await api.deposit!({
        commandId: crypto.randomUUID(),
        accountId: opened.value.accountId,
        amount: '10.00',
      });
      return opened.value.accountId;
    });

    // File → Back Up Now, by menu id.
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.backup')?.click());
    await expect
      .poll(() => app.evaluate(() => ((globalThis as { __dialogs?: unknown[] }).__dialogs ?? []).length))
      .toBe(1);
    const shown = (await app.evaluate(() => (globalThis as { __dialogs?: unknown[] }).__dialogs))![0] as {
      message: string;
      detail: string;
    };
    expect(shown.message).toBe('Backup created.');
    expect(shown.detail).not.toMatch(/main thread|could not start/);
    const manual = sidecarsIn(backups).filter((s) => s.kind === 'manual');
    expect(manual).toHaveLength(1);
    expect(manual[0]).toMatchObject({ verified: 'ok', verifiedIn: 'worker' });
    expect(manual[0]!.verifyFallback).toBeUndefined();

    const list = await page.evaluate(
      async () =>
        ((await window.ledger.listBackups!({})) as { value: Array<{ file: string; kind: string }> }).value,
    );
    const backupFile = list.find((b) => b.kind === 'manual')!.file;

    const balanceOf = () =>
      page.evaluate(
        async (id) =>
          ((await window.ledger.getAccount!({ accountId: id })) as { value: { balance: { minor: number } } })
            .value.balance.minor,
        accountId,
      );
    await page.evaluate(async (id) => {
      await window.ledger.deposit!({ commandId: crypto.randomUUID(), accountId: id, amount: '5.00' });
      await window.ledger.deposit!({ commandId: crypto.randomUUID(), accountId: id, amount: '7.00' });
    }, accountId);
    expect(await balanceOf()).toBe(2200);

    const restored = await page.evaluate(
      async (file) =>
        (await window.ledger.restoreBackup!({ file })) as { ok: boolean; value: { keptAs: string } },
      backupFile,
    );
    expect(restored.ok).toBe(true);
    expect(existsSync(restored.value.keptAs)).toBe(true);
    expect(sidecarsIn(backups).some((s) => s.kind === 'before-restore' && s.verified === 'ok')).toBe(true);
    await expect.poll(balanceOf).toBe(1000);

    // Something changed after the last backup: quitting takes the on-quit backup (in the worker).
    await page.evaluate(
      async (id) => window.ledger.deposit!({ commandId: crypto.randomUUID(), accountId: id, amount: '1.00' }),
      accountId,
    );
    await app.close();
    const onQuit = sidecarsIn(backups).filter((s) => s.kind === 'on-quit');
    expect(onQuit).toHaveLength(1);
    expect(onQuit[0]).toMatchObject({ verified: 'ok', verifiedIn: 'worker' });
    expect(onQuit[0]!.verifyFallback).toBeUndefined();
  });

  test('single instance hands over its ledger file; navigation, window.open and fetch stay blocked', async ({
    running,
    target,
  }) => {
    const { app, page, userData, launch } = running;
    // An empty file is a new ledger: the second launch names it.
    const second = join(userData, 'handed-over.ledger');
    writeFileSync(second, '');
    const child: ChildProcess = spawn(
      launch.executablePath,
      [...launch.args, `--user-data-dir=${userData}`, second],
      {
        env: env(target),
        stdio: 'ignore',
      },
    );
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(
          async () => ((await window.ledger.ledgerInfo!({})) as { value?: { path: string } }).value?.path,
        ),
      )
      .toBe(second);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await expect(page).toHaveURL('app://ledger/index.html');

    // Record navigation attempts after the app's own guard (registered first) has decided.
    await app.evaluate(({ webContents }) => {
      const seen: Array<{ url: string; prevented: boolean }> = [];
      (globalThis as { __nav?: unknown }).__nav = seen;
      for (const wc of webContents.getAllWebContents())
        wc.on('will-navigate', (e) => seen.push({ url: e.url, prevented: e.defaultPrevented }));
    });
    await page.evaluate(() => {
      window.__e2e = { pushes: [], marker: 'still here' };
      location.href = 'https://example.com/';
    });
    await expect
      .poll(() => app.evaluate(() => (globalThis as { __nav?: unknown }).__nav))
      .toEqual([{ url: 'https://example.com/', prevented: true }]);
    expect(page.url()).toBe('app://ledger/index.html');
    expect(await page.evaluate(() => window.__e2e?.marker)).toBe('still here');

    // window.open to https reaches the (stubbed) system browser and opens no window.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { __opened?: string[] }).__opened = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    await page.evaluate(() => void window.open('https://example.com/docs'));
    await expect
      .poll(() => app.evaluate(() => (globalThis as { __opened?: string[] }).__opened))
      .toEqual(['https://example.com/docs']);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'resolved';
      } catch {
        return 'rejected';
      }
    });
    expect(fetched).toBe('rejected');
  });
});
