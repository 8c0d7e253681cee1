// The main window: secure webPreferences, hidden until the first paint, a background that matches
// the theme so there is no white flash, bounds restored from settings.
import {
  BrowserWindow,
  nativeTheme,
  type BrowserWindowConstructorOptions,
  type WebPreferences,
} from 'electron';
import type { WindowBounds } from './settings';

// Match the renderer's --bg (src-renderer/src/app.css) so the first paint does not flash.
export const DARK_BACKGROUND = '#16181c';
export const LIGHT_BACKGROUND = '#f6f7f9';
export const backgroundFor = (dark: boolean) => (dark ? DARK_BACKGROUND : LIGHT_BACKGROUND);

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preload: string;
  title: string;
  bounds: Partial<WindowBounds> | null;
  icon?: string;
}

export function mainWindowOptions(opts: MainWindowOptions): BrowserWindowConstructorOptions {
  const b = opts.bounds;
  return {
    title: opts.title,
    width: b?.width ?? 1200,
    height: b?.height ?? 800,
    ...(b?.x !== undefined && b?.y !== undefined ? { x: b.x, y: b.y } : { center: true }),
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: backgroundFor(nativeTheme.shouldUseDarkColors),
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: secureWebPreferences(opts.preload),
  };
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(opts));
  if (opts.bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  return win;
}

/** The bounds to remember: the normal (unmaximised) rectangle plus the maximised flag. */
export function currentBounds(win: BrowserWindow): WindowBounds {
  const r = win.getNormalBounds();
  return { x: r.x, y: r.y, width: r.width, height: r.height, maximized: win.isMaximized() };
}
