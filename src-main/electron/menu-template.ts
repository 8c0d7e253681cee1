// The application menu as data: a pure function of the shell's state and its handlers, so the
// structure, the enablement rules and the wiring of every item are unit tested without Electron.
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuState {
  appName: string;
  platform: NodeJS.Platform;
  /** Development build: adds reload and developer tools. */
  isDev: boolean;
  hasLedger: boolean;
  rebuildRunning: boolean;
  /** The Import/Export functions of the backup module are available. */
  canExportImport: boolean;
  recentLedgers: readonly string[];
  currentLedgerPath: string | null;
}

/** Every action a menu item can trigger; the same handlers back the renderer's buttons. */
export interface MenuHandlers {
  newLedger(): void;
  openLedger(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  backUpNow(): void;
  restoreFromBackup(): void;
  exportEvents(): void;
  importEvents(): void;
  /** Shows the statement import of the account on screen (the renderer's own dialog). */
  importStatement(): void;
  revealDataFolder(): void;
  toggleDarkMode(): void;
  rebuildProjections(): void;
  verifyLedger(): void;
  about(): void;
}

export const MENU_IDS = {
  newLedger: 'file.new',
  openLedger: 'file.open',
  openRecent: 'file.recent',
  backUpNow: 'file.backup',
  restoreFromBackup: 'file.restore',
  exportEvents: 'file.export',
  importEvents: 'file.import',
  importStatement: 'file.importStatement',
  revealDataFolder: 'file.reveal',
  toggleDarkMode: 'view.theme',
  rebuildProjections: 'tools.rebuild',
  verifyLedger: 'tools.verify',
  about: 'help.about',
} as const;

const sep: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(state: MenuState, h: MenuHandlers): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const needsLedger = state.hasLedger;

  const recent: MenuItemConstructorOptions[] = state.recentLedgers.length
    ? [
        ...state.recentLedgers.map((p, i): MenuItemConstructorOptions => ({
          id: `${MENU_IDS.openRecent}.${i}`,
          label: `${basename(p)}  —  ${p}`,
          // The open ledger is shown but cannot be "reopened" over itself.
          enabled: p !== state.currentLedgerPath,
          click: () => h.openRecent(p),
        })),
        sep,
        { id: `${MENU_IDS.openRecent}.clear`, label: 'Clear Recent', click: () => h.clearRecent() },
      ]
    : [{ label: 'No Recent Ledgers', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        id: MENU_IDS.newLedger,
        label: 'New Ledger…',
        accelerator: 'CmdOrCtrl+N',
        click: () => h.newLedger(),
      },
      {
        id: MENU_IDS.openLedger,
        label: 'Open Ledger…',
        accelerator: 'CmdOrCtrl+O',
        click: () => h.openLedger(),
      },
      { id: MENU_IDS.openRecent, label: 'Open Recent', submenu: recent },
      sep,
      {
        id: MENU_IDS.backUpNow,
        label: 'Back Up Now',
        accelerator: 'CmdOrCtrl+Shift+B',
        enabled: needsLedger,
        click: () => h.backUpNow(),
      },
      {
        id: MENU_IDS.restoreFromBackup,
        label: 'Restore from Backup…',
        enabled: needsLedger && !state.rebuildRunning,
        click: () => h.restoreFromBackup(),
      },
      sep,
      {
        id: MENU_IDS.exportEvents,
        label: 'Export Events…',
        accelerator: 'CmdOrCtrl+Shift+E',
        enabled: needsLedger && state.canExportImport,
        click: () => h.exportEvents(),
      },
      {
        id: MENU_IDS.importEvents,
        label: 'Import Events…',
        enabled: state.canExportImport,
        click: () => h.importEvents(),
      },
      {
        id: MENU_IDS.importStatement,
        label: 'Import Statement…',
        enabled: needsLedger,
        click: () => h.importStatement(),
      },
      sep,
      {
        id: MENU_IDS.revealDataFolder,
        label: isMac ? 'Reveal Data Folder in Finder' : 'Reveal Data Folder',
        click: () => h.revealDataFolder(),
      },
      ...(isMac ? [] : [sep, { role: 'quit' as const, label: 'Quit', accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(state.isDev
        ? [
            { role: 'reload' as const },
            { role: 'forceReload' as const },
            { role: 'toggleDevTools' as const },
            sep,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      {
        id: MENU_IDS.toggleDarkMode,
        label: 'Toggle Dark Mode',
        accelerator: 'CmdOrCtrl+Shift+D',
        click: () => h.toggleDarkMode(),
      },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'windowMenu',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const tools: MenuItemConstructorOptions = {
    label: 'Tools',
    submenu: [
      {
        id: MENU_IDS.rebuildProjections,
        label: state.rebuildRunning ? 'Rebuilding Projections…' : 'Rebuild Projections…',
        accelerator: 'CmdOrCtrl+Alt+R',
        enabled: needsLedger && !state.rebuildRunning,
        click: () => h.rebuildProjections(),
      },
      {
        id: MENU_IDS.verifyLedger,
        label: 'Verify Ledger',
        accelerator: 'CmdOrCtrl+Alt+V',
        enabled: needsLedger,
        click: () => h.verifyLedger(),
      },
    ],
  };

  const about: MenuItemConstructorOptions = {
    id: MENU_IDS.about,
    label: `About ${state.appName}`,
    click: () => h.about(),
  };

  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: [about] };

  const macApp: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      { ...about, id: `${MENU_IDS.about}.app` },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };

  return [...(isMac ? [macApp] : []), file, edit, view, windowMenu, tools, help];
}

/** Depth-first search by id (tests and enablement checks). */
export function findMenuItem(
  items: readonly MenuItemConstructorOptions[],
  id: string,
): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = findMenuItem(item.submenu, id);
      if (found) return found;
    }
  }
  return undefined;
}
