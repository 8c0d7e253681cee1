// The startup path of src-main/index.ts with a mocked Electron: a ledger that cannot be opened gets
// the recovery dialog (and no window, no write); a good one gets the window, menu and IPC.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../src-shared/contract';
import type { FakeBrowserWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());
vi.mock('../../src-main/ledger', () => ({ openLedger: vi.fn() }));
vi.mock('../../src-main/electron/backup-module', () => ({ loadBackupHooks: () => ({}) }));

async function boot() {
  const electron = await import('electron');
  const ledgerModule = await import('../../src-main/ledger');
  // Modules are reset per test: take the classes from the same module graph as index.ts.
  const { LedgerError } = await import('../../src-shared/errors');
  const windows = (electron.BrowserWindow as unknown as typeof FakeBrowserWindow).instances;
  windows.length = 0;
  vi.mocked(electron.app.whenReady).mockResolvedValue(undefined);
  return { electron, openLedger: vi.mocked(ledgerModule.openLedger), LedgerError, windows };
}

describe('startup', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
  });

  it('a corrupt ledger gets the recovery dialog; Quit quits without a window', async () => {
    const { electron, openLedger, LedgerError, windows } = await boot();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openLedger.mockImplementation(() => {
      throw new LedgerError('io', 'file is not a database', 'file_corrupt');
    });
    vi.mocked(electron.dialog.showMessageBox).mockResolvedValue({ response: 2, checkboxChecked: false });
    await import('../../src-main/index');
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());

    const options = vi.mocked(electron.dialog.showMessageBox).mock.calls[0]!.at(-1) as {
      buttons: string[];
      detail: string;
    };
    expect(options.buttons).toEqual(['Open Another File…', 'Restore from Backup…', 'Quit']);
    expect(options.detail).toMatch(/damaged/);
    expect(openLedger).toHaveBeenCalledTimes(1);
    expect(openLedger.mock.calls[0]![1]).toMatchObject({ create: true, autoBackup: true });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('a good ledger gets the window on app://, the menu and one IPC handler per method', async () => {
    const { electron, openLedger, windows } = await boot();
    openLedger.mockReturnValue({
      path: '/tmp/ledger-user-data/ledger.sqlite',
      invoke: vi.fn(),
      onPush: vi.fn(() => () => undefined),
      close: vi.fn(),
    } as never);
    await import('../../src-main/index');
    // Startup reads settings from disk first: wait for the window, however long that takes.
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled());

    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(windows).toHaveLength(1);
    expect(windows[0]!.loadURL).toHaveBeenCalledWith('app://ledger/index.html');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const channels = vi.mocked(electron.ipcMain.handle).mock.calls.map((c) => c[0]);
    expect(channels.sort()).toEqual(methodNames.map((n) => `ledger:${n}`).sort());
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
