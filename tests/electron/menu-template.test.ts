import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  buildMenuTemplate,
  findMenuItem,
  MENU_IDS,
  type MenuHandlers,
  type MenuState,
} from '../../src-main/electron/menu-template';

const state = (over: Partial<MenuState> = {}): MenuState => ({
  appName: 'Ledger',
  platform: 'linux',
  isDev: false,
  hasLedger: true,
  rebuildRunning: false,
  canExportImport: true,
  recentLedgers: ['/data/a.sqlite', '/data/b.sqlite'],
  currentLedgerPath: '/data/a.sqlite',
  ...over,
});

const handlers = (): MenuHandlers => ({
  newLedger: vi.fn(),
  openLedger: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  backUpNow: vi.fn(),
  restoreFromBackup: vi.fn(),
  exportEvents: vi.fn(),
  importEvents: vi.fn(),
  importStatement: vi.fn(),
  revealDataFolder: vi.fn(),
  toggleDarkMode: vi.fn(),
  rebuildProjections: vi.fn(),
  verifyLedger: vi.fn(),
  about: vi.fn(),
});

const item = (t: MenuItemConstructorOptions[], id: string) => {
  const found = findMenuItem(t, id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? i.type);
const submenu = (i: MenuItemConstructorOptions) => i.submenu as MenuItemConstructorOptions[];
const click = (i: MenuItemConstructorOptions) => (i.click as unknown as () => void)();
const enabled = (i: MenuItemConstructorOptions) => i.enabled !== false;

describe('menu structure', () => {
  it('has File, Edit, View, Window, Tools, Help (plus the app menu on macOS)', () => {
    expect(labels(buildMenuTemplate(state(), handlers()))).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Tools',
      'Help',
    ]);
    expect(labels(buildMenuTemplate(state({ platform: 'darwin' }), handlers()))).toEqual([
      'Ledger',
      'File',
      'Edit',
      'View',
      'Window',
      'Tools',
      'Help',
    ]);
  });

  it('File lists the ledger and backup actions in order, with Quit last', () => {
    const file = submenu(buildMenuTemplate(state(), handlers())[0]!).filter((i) => i.type !== 'separator');
    expect(labels(file)).toEqual([
      'New Ledger…',
      'Open Ledger…',
      'Open Recent',
      'Back Up Now',
      'Restore from Backup…',
      'Export Events…',
      'Import Events…',
      'Import Statement…',
      'Reveal Data Folder',
      'Quit',
    ]);
    expect(file.at(-1)!.role).toBe('quit');
  });

  it('has accelerators on the common actions', () => {
    const t = buildMenuTemplate(state(), handlers());
    expect(item(t, MENU_IDS.newLedger).accelerator).toBe('CmdOrCtrl+N');
    expect(item(t, MENU_IDS.openLedger).accelerator).toBe('CmdOrCtrl+O');
    expect(item(t, MENU_IDS.backUpNow).accelerator).toBe('CmdOrCtrl+Shift+B');
    expect(item(t, MENU_IDS.rebuildProjections).accelerator).toBe('CmdOrCtrl+Alt+R');
    expect(item(t, MENU_IDS.toggleDarkMode).accelerator).toBe('CmdOrCtrl+Shift+D');
    const accelerators = JSON.stringify(t).match(/"accelerator":"[^"]+"/g) ?? [];
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('Edit uses the standard roles; View has zoom and dark mode, reload/devtools only in development', () => {
    const t = buildMenuTemplate(state(), handlers());
    expect(
      submenu(t[1]!)
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    const view = submenu(t[2]!).map((i) => i.role ?? i.label);
    expect(view).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'Toggle Dark Mode']));
    expect(view).not.toContain('reload');
    expect(view).not.toContain('toggleDevTools');
    const devView = submenu(buildMenuTemplate(state({ isDev: true }), handlers())[2]!).map((i) => i.role);
    expect(devView).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('Tools has Rebuild Projections… and Verify Ledger; Help has About', () => {
    const t = buildMenuTemplate(state(), handlers());
    expect(labels(submenu(t[4]!))).toEqual(['Rebuild Projections…', 'Verify Ledger']);
    expect(labels(submenu(t[5]!))).toEqual(['About Ledger']);
  });

  it('Open Recent lists the recent files (the open one disabled) and Clear Recent', () => {
    const recent = submenu(item(buildMenuTemplate(state(), handlers()), MENU_IDS.openRecent));
    expect(recent[0]!.label).toContain('a.sqlite');
    expect(enabled(recent[0]!)).toBe(false);
    expect(enabled(recent[1]!)).toBe(true);
    expect(recent.at(-1)!.label).toBe('Clear Recent');
    const empty = submenu(
      item(buildMenuTemplate(state({ recentLedgers: [] }), handlers()), MENU_IDS.openRecent),
    );
    expect(empty).toEqual([{ label: 'No Recent Ledgers', enabled: false }]);
  });
});

describe('menu enablement', () => {
  const ledgerItems = [
    MENU_IDS.backUpNow,
    MENU_IDS.importStatement,
    MENU_IDS.restoreFromBackup,
    MENU_IDS.exportEvents,
    MENU_IDS.rebuildProjections,
    MENU_IDS.verifyLedger,
  ];

  it('enables everything with a ledger open and no rebuild running', () => {
    const t = buildMenuTemplate(state(), handlers());
    for (const id of [...ledgerItems, MENU_IDS.newLedger, MENU_IDS.openLedger, MENU_IDS.importEvents]) {
      expect(enabled(item(t, id)), id).toBe(true);
    }
  });

  it('disables items that need a ledger when none is open; New/Open stay available', () => {
    const t = buildMenuTemplate(state({ hasLedger: false, currentLedgerPath: null }), handlers());
    for (const id of ledgerItems) expect(enabled(item(t, id)), id).toBe(false);
    for (const id of [MENU_IDS.newLedger, MENU_IDS.openLedger, MENU_IDS.revealDataFolder, MENU_IDS.about]) {
      expect(enabled(item(t, id)), id).toBe(true);
    }
  });

  it('disables a second rebuild (and restore) while one runs', () => {
    const t = buildMenuTemplate(state({ rebuildRunning: true }), handlers());
    expect(enabled(item(t, MENU_IDS.rebuildProjections))).toBe(false);
    expect(item(t, MENU_IDS.rebuildProjections).label).toBe('Rebuilding Projections…');
    expect(enabled(item(t, MENU_IDS.restoreFromBackup))).toBe(false);
    expect(enabled(item(t, MENU_IDS.verifyLedger))).toBe(true);
    expect(enabled(item(t, MENU_IDS.backUpNow))).toBe(true);
  });

  it('disables Export/Import when the backup module does not provide them', () => {
    const t = buildMenuTemplate(state({ canExportImport: false }), handlers());
    expect(enabled(item(t, MENU_IDS.exportEvents))).toBe(false);
    expect(enabled(item(t, MENU_IDS.importEvents))).toBe(false);
  });
});

describe('menu wiring', () => {
  it('each item calls its handler and nothing else', () => {
    const pairs: Array<[string, keyof MenuHandlers]> = [
      [MENU_IDS.newLedger, 'newLedger'],
      [MENU_IDS.openLedger, 'openLedger'],
      [MENU_IDS.backUpNow, 'backUpNow'],
      [MENU_IDS.restoreFromBackup, 'restoreFromBackup'],
      [MENU_IDS.exportEvents, 'exportEvents'],
      [MENU_IDS.importEvents, 'importEvents'],
      [MENU_IDS.importStatement, 'importStatement'],
      [MENU_IDS.revealDataFolder, 'revealDataFolder'],
      [MENU_IDS.toggleDarkMode, 'toggleDarkMode'],
      [MENU_IDS.rebuildProjections, 'rebuildProjections'],
      [MENU_IDS.verifyLedger, 'verifyLedger'],
      [MENU_IDS.about, 'about'],
    ];
    for (const [id, name] of pairs) {
      const h = handlers();
      click(item(buildMenuTemplate(state(), h), id));
      for (const [other, fn] of Object.entries(h)) {
        expect(fn, `${id} -> ${other}`).toHaveBeenCalledTimes(other === name ? 1 : 0);
      }
    }
  });

  it('Open Recent items open their file; Clear Recent clears', () => {
    const h = handlers();
    const recent = submenu(item(buildMenuTemplate(state(), h), MENU_IDS.openRecent));
    click(recent[1]!);
    expect(h.openRecent).toHaveBeenCalledWith('/data/b.sqlite');
    click(recent.at(-1)!);
    expect(h.clearRecent).toHaveBeenCalled();
  });

  it('the macOS app menu About calls about', () => {
    const h = handlers();
    click(item(buildMenuTemplate(state({ platform: 'darwin' }), h), `${MENU_IDS.about}.app`));
    expect(h.about).toHaveBeenCalled();
  });
});
