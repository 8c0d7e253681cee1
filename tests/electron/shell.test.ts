import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LedgerError } from '../../src-shared/errors';
import { findMenuItem, MENU_IDS } from '../../src-main/electron/menu-template';
import { FakeBrowserWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const electron = await import('electron');
const { LedgerShell } = await import('../../src-main/electron/shell');
const { createSettingsStore, defaultSettings } = await import('../../src-main/electron/settings');

type PushFn = (name: string, payload: unknown) => void;

function fakeLedger(path: string) {
  let push: PushFn | undefined;
  return {
    path,
    invoke: vi.fn(async (name: string, _input: unknown) => {
      if (name === 'startRebuild') return { ok: true, value: { state: 'running' } };
      if (name === 'ledgerInfo') return { ok: true, value: { path, eventCount: 42 } };
      if (name === 'createBackup')
        return { ok: true, value: { name: 'b1', eventCount: 42, file: '/b/b1.sqlite' } };
      return { ok: true, value: {} };
    }),
    onPush: vi.fn((l: PushFn) => {
      push = l;
      return () => (push = undefined);
    }),
    close: vi.fn(),
    emit: (name: string, payload: unknown) => push?.(name, payload),
  };
}

function makeShell(open = vi.fn((path: string) => fakeLedger(path))) {
  const settings = createSettingsStore('/nonexistent-dir/settings.json', defaultSettings());
  vi.spyOn(settings, 'update').mockImplementation(async () => undefined);
  const shell = new LedgerShell({
    appName: 'Ledger',
    appVersion: '1.2.3',
    isDev: false,
    userDataDir: '/u',
    mainOutDir: '/app/out/main',
    openLedger: open as never,
    ledgerOptions: { rebuildWorkerPath: '/w.js', nativeBinding: '/n.node' },
    backup: {},
    settings,
  });
  return { shell, open };
}

const lastTemplate = () => {
  const calls = vi.mocked(electron.Menu.buildFromTemplate).mock.calls;
  return calls.at(-1)![0] as Parameters<typeof findMenuItem>[0];
};

describe('LedgerShell', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    FakeBrowserWindow.instances.length = 0;
  });

  it('opens ledgers with the shared options plus create', () => {
    const { shell, open } = makeShell();
    shell.open('/a.sqlite', true);
    expect(open).toHaveBeenCalledWith('/a.sqlite', {
      rebuildWorkerPath: '/w.js',
      nativeBinding: '/n.node',
      host: { openDemoLedger: expect.any(Function) },
      create: true,
    });
  });

  it('"Open the demo ledger" writes a demo file, swaps to it, reloads, and keeps it out of the recents', async () => {
    const { openLedger } = await import('../../src-main/ledger');
    const { isDemoLedgerPath } = await import('../../src-main/demo-ledger-file');
    const { shell } = makeShell(
      vi.fn((path: string, o: object) =>
        openLedger(path, {
          ...o,
          nativeBinding: undefined,
          rebuildWorkerPath: undefined,
          synchronous: 'NORMAL',
        } as never),
      ) as never,
    );
    const first = fakeLedger('/a.sqlite');
    shell.attach(first as never);
    const win = shell.createWindow() as unknown as FakeBrowserWindow;
    vi.mocked(electron.app.addRecentDocument).mockClear();
    const r = await shell.openDemo();
    expect(isDemoLedgerPath(r.path)).toBe(true);
    await vi.waitFor(() => expect(shell.ledger?.path).toBe(r.path));
    expect(first.close).toHaveBeenCalled();
    expect(win.webContents.reload).toHaveBeenCalled();
    expect(electron.app.addRecentDocument).not.toHaveBeenCalled();
    await shell.ledger!.close();
    const { rmSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    rmSync(dirname(r.path), { recursive: true, force: true });
  });

  it('loads app://ledger/index.html in a window built from the secure options', () => {
    const { shell } = makeShell();
    const win = shell.createWindow() as unknown as FakeBrowserWindow;
    expect(win.loadURL).toHaveBeenCalledWith('app://ledger/index.html');
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
  });

  it('Rebuild Projections… calls startRebuild, tells the renderer, and disables itself until the rebuild ends', async () => {
    const { shell } = makeShell();
    const ledger = fakeLedger('/a.sqlite');
    shell.attach(ledger as never);
    const win = shell.createWindow() as unknown as FakeBrowserWindow;
    expect(findMenuItem(lastTemplate(), MENU_IDS.rebuildProjections)!.enabled).toBe(true);

    await shell.handlers.rebuildProjections();
    expect(ledger.invoke).toHaveBeenCalledWith('startRebuild', {});
    expect(win.webContents.sent).toContainEqual(['ledger:push:menuAction', { action: 'rebuild' }]);
    expect(findMenuItem(lastTemplate(), MENU_IDS.rebuildProjections)!.enabled).toBe(false);

    ledger.emit('rebuildProgress', { state: 'running' });
    expect(shell.rebuildRunning).toBe(true);
    ledger.emit('rebuildProgress', { state: 'done' });
    expect(shell.rebuildRunning).toBe(false);
    expect(findMenuItem(lastTemplate(), MENU_IDS.rebuildProjections)!.enabled).toBe(true);
    expect(win.webContents.sent).toContainEqual(['ledger:push:rebuildProgress', { state: 'done' }]);
  });

  it('follows rebuilds started from the renderer', () => {
    const { shell } = makeShell();
    shell.attach(fakeLedger('/a.sqlite') as never);
    shell.observeResult('startRebuild', { ok: true, value: { state: 'running' } });
    expect(shell.rebuildRunning).toBe(true);
    shell.observeResult('cancelRebuild', { ok: true, value: { state: 'cancelled' } });
    expect(shell.rebuildRunning).toBe(false);
  });

  it('Verify, Back Up Now and About go through ledger.invoke', async () => {
    const { shell } = makeShell();
    const ledger = fakeLedger('/a.sqlite');
    ledger.invoke.mockImplementation(async (name: string) => {
      if (name === 'verifyLedger')
        return {
          ok: true,
          value: {
            ok: true,
            chain: { ok: true, checked: 3, brokenAt: null, message: 'intact' },
            projections: { ok: true, differences: [] },
          },
        };
      if (name === 'ledgerInfo') return { ok: true, value: { path: '/a.sqlite', eventCount: 42 } };
      return { ok: true, value: { name: 'b1', eventCount: 1, file: '/b1' } };
    });
    shell.attach(ledger as never);
    await shell.handlers.verifyLedger();
    await shell.handlers.backUpNow();
    await shell.handlers.about();
    expect(ledger.invoke.mock.calls.map((c) => c[0])).toEqual(['verifyLedger', 'createBackup', 'ledgerInfo']);
    const about = vi.mocked(electron.dialog.showMessageBox).mock.calls.at(-1)!.at(-1) as { detail: string };
    expect(about.detail).toContain('Version 1.2.3');
    expect(about.detail).toContain('/a.sqlite');
    expect(about.detail).toContain('Events: 42');
  });

  it('Back Up Now says when the verification fell back to the main thread', async () => {
    const { shell } = makeShell();
    const ledger = fakeLedger('/a.sqlite');
    const note =
      'Verified 3 events (verified in the main thread: the verification worker could not start: x)';
    ledger.invoke.mockImplementation(async () => ({
      ok: true,
      value: { name: 'b1', eventCount: 3, file: '/b/b1.sqlite', verifyMessage: note },
    }));
    shell.attach(ledger as never);
    await shell.handlers.backUpNow();
    const shown = vi.mocked(electron.dialog.showMessageBox).mock.calls.at(-1)!.at(-1) as { detail: string };
    expect(shown.detail).toContain(note);
  });

  it('while Quit waits for the on-quit backup the window title says so', () => {
    const { shell } = makeShell();
    shell.attach(fakeLedger('/a.sqlite') as never);
    const win = shell.createWindow() as unknown as FakeBrowserWindow;
    shell.showFinishing('Finishing backup…');
    expect(win.setTitle).toHaveBeenLastCalledWith('Ledger — Finishing backup…');
  });

  it('Restore from Backup… and Toggle Dark Mode tell the renderer through menuAction', () => {
    const { shell } = makeShell();
    shell.attach(fakeLedger('/a.sqlite') as never);
    const win = shell.createWindow() as unknown as FakeBrowserWindow;
    shell.handlers.restoreFromBackup();
    shell.handlers.toggleDarkMode();
    expect(win.webContents.sent).toEqual([
      ['ledger:push:menuAction', { action: 'backups' }],
      ['ledger:push:menuAction', { action: 'toggle-theme' }],
    ]);
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(win.setBackgroundColor).toHaveBeenCalled();
  });

  it('switching keeps the current ledger when the new file fails to open', async () => {
    const open = vi.fn((path: string) => {
      if (path === '/bad.sqlite') throw new LedgerError('io', 'corrupt', 'file_corrupt');
      return fakeLedger(path);
    });
    const { shell } = makeShell(open);
    const first = open('/a.sqlite');
    shell.attach(first as never);
    const win = shell.createWindow() as unknown as FakeBrowserWindow;
    expect(await shell.switchTo('/bad.sqlite', false)).toBe(false);
    expect(shell.ledger).toBe(first);
    expect(first.close).not.toHaveBeenCalled();
    expect(electron.dialog.showMessageBox).toHaveBeenCalled();

    expect(await shell.switchTo('/b.sqlite', false)).toBe(true);
    expect(first.close).toHaveBeenCalled();
    expect(shell.ledger?.path).toBe('/b.sqlite');
    expect(win.webContents.reload).toHaveBeenCalled();
  });

  it('without a ledger the ledger-only menu items are disabled and handlers do nothing', async () => {
    const { shell } = makeShell();
    shell.refreshMenu();
    expect(findMenuItem(lastTemplate(), MENU_IDS.backUpNow)!.enabled).toBe(false);
    await expect(shell.handlers.verifyLedger()).resolves.toBeUndefined();
  });
});
