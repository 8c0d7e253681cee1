import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const { createMainWindow, mainWindowOptions, secureWebPreferences, DARK_BACKGROUND, LIGHT_BACKGROUND } =
  await import('../../src-main/electron/window');
const electron = await import('electron');

describe('main window', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  it('uses the secure webPreferences', () => {
    const prefs = secureWebPreferences('/app/out/preload/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('creates the BrowserWindow hidden, with the secure options and a themed background', () => {
    const win = createMainWindow({
      preload: '/p.cjs',
      title: 'Ledger',
      bounds: null,
    }) as unknown as FakeBrowserWindow;
    const options = win.options as {
      show: boolean;
      backgroundColor: string;
      webPreferences: Record<string, unknown>;
    };
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe(LIGHT_BACKGROUND);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('uses the dark background when the theme is dark', () => {
    (electron.nativeTheme as { shouldUseDarkColors: boolean }).shouldUseDarkColors = true;
    expect(mainWindowOptions({ preload: '/p', title: 'Ledger', bounds: null }).backgroundColor).toBe(
      DARK_BACKGROUND,
    );
    (electron.nativeTheme as { shouldUseDarkColors: boolean }).shouldUseDarkColors = false;
  });

  it('restores remembered bounds and the maximised state', () => {
    const opts = mainWindowOptions({
      preload: '/p',
      title: 'Ledger',
      bounds: { x: 40, y: 50, width: 900, height: 600, maximized: true },
    });
    expect(opts).toMatchObject({ x: 40, y: 50, width: 900, height: 600 });
    const win = createMainWindow({
      preload: '/p',
      title: 'Ledger',
      bounds: { x: 40, y: 50, width: 900, height: 600, maximized: true },
    }) as unknown as FakeBrowserWindow;
    expect(win.maximize).toHaveBeenCalled();
    expect(mainWindowOptions({ preload: '/p', title: 'L', bounds: null })).toMatchObject({ center: true });
  });
});
