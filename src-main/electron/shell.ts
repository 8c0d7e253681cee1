// The running shell: which ledger is open, the window, the menu and what each menu item does.
// Menu items go through ledger.invoke — the same handlers the renderer's buttons reach over IPC.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  Menu,
  nativeTheme,
  screen,
  shell,
  type MessageBoxOptions,
} from 'electron';
import type { MethodName, Output, PushName, PushPayload } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import type { Ledger, LedgerOptions } from '../ledger';
import { isDemoLedgerPath, openDemoLedgerFile } from '../demo-ledger-file';
import type { BackupHooks } from './backup-hooks';
import { buildMenuTemplate, type MenuHandlers } from './menu-template';
import { offlineRestoreFlow } from './restore-flow';
import { describeOpenFailure } from './open-failure';
import { fitBounds, LEDGER_EXTENSIONS, preloadPath } from './paths';
import { APP_ENTRY_URL } from './protocol-path';
import { forwardPushes, sendPush } from './push';
import { withRecentLedger, type SettingsStore } from './settings';
import { backgroundFor, createMainWindow, currentBounds } from './window';
import { focus } from './single-instance';

export type OpenLedgerFn = (path: string, options?: LedgerOptions) => Ledger;

export interface ShellConfig {
  appName: string;
  appVersion: string;
  isDev: boolean;
  devServerUrl?: string;
  userDataDir: string;
  /** Folder of the built main bundle (out/main). */
  mainOutDir: string;
  openLedger: OpenLedgerFn;
  /** Options for every openLedger call (worker path, native binding); `create` is added per call. */
  ledgerOptions: LedgerOptions & { nativeBinding?: string };
  backup: BackupHooks;
  settings: SettingsStore;
  iconPath?: string;
}

export const LEDGER_FILTERS = [
  { name: 'Ledger files', extensions: LEDGER_EXTENSIONS.map((e) => e.slice(1)) },
  { name: 'All files', extensions: ['*'] },
];

export class LedgerShell {
  ledger: Ledger | null = null;
  window: BrowserWindow | null = null;
  rebuildRunning = false;
  private stopPushes: (() => void) | null = null;

  constructor(private readonly cfg: ShellConfig) {}

  /** Open a ledger file; throws what openLedger throws (LedgerError for file problems). */
  open(path: string, create: boolean): Ledger {
    return this.cfg.openLedger(path, { ...this.ledgerOptions(), create });
  }

  private ledgerOptions(): LedgerOptions {
    return { ...this.cfg.ledgerOptions, host: { openDemoLedger: () => this.openDemo() } };
  }

  /** "Open the demo ledger" (the empty state): a new demo file replaces the current ledger. */
  async openDemo(): Promise<{ path: string }> {
    const next = await openDemoLedgerFile(this.ledgerOptions(), (p, o) => this.cfg.openLedger(p, o));
    // After the answer has left through the current ledger's invoke: then swap and reload.
    setImmediate(() => {
      void this.closeLedger().then(() => {
        this.attach(next);
        this.window?.webContents.reload();
      });
    });
    return { path: next.path };
  }

  /** Make `ledger` the current one: forward its pushes, remember it, refresh the menu. */
  attach(ledger: Ledger): void {
    this.stopPushes?.();
    this.ledger = ledger;
    this.rebuildRunning = false;
    this.stopPushes = forwardPushes(
      ledger,
      () => this.contents(),
      (name, payload) => this.observePush(name, payload),
    );
    if (!isDemoLedgerPath(ledger.path)) {
      void this.cfg.settings.update((s) => withRecentLedger(s, ledger.path));
      app.addRecentDocument(ledger.path);
    }
    this.window?.setTitle(`${this.cfg.appName} — ${basename(ledger.path)}`);
    this.refreshMenu();
  }

  /** Closes the ledger; at quit, with the on-quit backup (taken only when something changed). */
  async closeLedger(options: { backupOnQuit?: boolean } = {}): Promise<void> {
    this.stopPushes?.();
    this.stopPushes = null;
    const ledger = this.ledger;
    this.ledger = null;
    try {
      await ledger?.close(options);
    } catch (error) {
      // Best effort: SQLite has already committed everything; a failed on-quit backup is logged.
      console.error('Closing the ledger failed', error);
    }
  }

  /** Switch to another ledger file. The current one stays open until the new one has opened. */
  async switchTo(path: string, create: boolean): Promise<boolean> {
    if (this.ledger && this.ledger.path === path) return true;
    let next: Ledger;
    try {
      next = this.open(path, create);
    } catch (error) {
      const m = describeOpenFailure(error, path);
      await this.message({ type: 'error', title: m.title, message: m.message, detail: m.detail });
      return false;
    }
    await this.closeLedger();
    this.attach(next);
    // The renderer holds the old ledger's data: a reload refetches everything from the new one.
    this.window?.webContents.reload();
    return true;
  }

  private observePush<N extends PushName>(name: N, payload: PushPayload<N>): void {
    if (name === 'rebuildProgress') {
      this.setRebuildRunning((payload as PushPayload<'rebuildProgress'>).state === 'running');
    }
  }

  /** Keeps the menu in step with calls the renderer makes (it may start or cancel a rebuild). */
  observeResult(name: MethodName, result: Result<unknown>): void {
    if (!result.ok) return;
    if (name === 'startRebuild' || name === 'cancelRebuild' || name === 'rebuildStatus') {
      this.setRebuildRunning((result.value as Output<'rebuildStatus'>).state === 'running');
    }
  }

  setRebuildRunning(running: boolean): void {
    if (this.rebuildRunning === running) return;
    this.rebuildRunning = running;
    this.refreshMenu();
  }

  contents() {
    const w = this.window;
    return w && !w.isDestroyed() ? w.webContents : null;
  }

  createWindow(): BrowserWindow {
    const saved = this.cfg.settings.get().windowBounds;
    const bounds = saved
      ? fitBounds(
          saved,
          screen.getAllDisplays().map((d) => d.workArea),
        )
      : null;
    const win = createMainWindow({
      preload: preloadPath(this.cfg.mainOutDir),
      title: this.ledger ? `${this.cfg.appName} — ${basename(this.ledger.path)}` : this.cfg.appName,
      bounds,
      ...(this.cfg.iconPath ? { icon: this.cfg.iconPath } : {}),
    });
    this.window = win;
    // Save bounds a moment after a move/resize too, so a crash does not lose them.
    let saveTimer: NodeJS.Timeout | undefined;
    const saveSoon = () => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => this.rememberBounds(), 1000);
    };
    win.on('resize', saveSoon);
    win.on('move', saveSoon);
    win.on('close', () => this.rememberBounds());
    win.on('closed', () => {
      clearTimeout(saveTimer);
      if (this.window === win) this.window = null;
    });
    win.webContents.on('render-process-gone', (_e, details) => {
      if (details.reason !== 'clean-exit') void this.offerReload(`The window stopped (${details.reason}).`);
    });
    win.webContents.on('did-fail-load', (_e, code, description, url, isMainFrame) => {
      if (isMainFrame && code !== -3)
        void this.offerReload(`The window could not load ${url}: ${description}.`);
    });
    void win.loadURL(this.cfg.devServerUrl ?? APP_ENTRY_URL);
    return win;
  }

  rememberBounds(): void {
    const w = this.window;
    if (!w || w.isDestroyed()) return;
    const bounds = currentBounds(w);
    void this.cfg.settings.update((s) => ({ ...s, windowBounds: bounds }));
  }

  private async offerReload(detail: string): Promise<void> {
    const { response } = await this.message({
      type: 'error',
      title: 'Window problem',
      message: 'The ledger window needs to be reloaded.',
      detail,
      buttons: ['Reload', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 0) this.contents()?.reload();
    else app.quit();
  }

  refreshMenu(): void {
    const template = buildMenuTemplate(
      {
        appName: this.cfg.appName,
        platform: process.platform,
        isDev: this.cfg.isDev,
        hasLedger: this.ledger !== null,
        rebuildRunning: this.rebuildRunning,
        canExportImport: Boolean(this.cfg.backup.exportEvents && this.cfg.backup.importEvents),
        recentLedgers: this.cfg.settings.get().recentLedgers,
        currentLedgerPath: this.ledger?.path ?? null,
      },
      this.handlers,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  focus(): void {
    focus(this.window);
  }

  /** While Quit waits for the on-quit backup: the window says so (its title, the one line the
   * main process owns) and stays on screen until the backup is written. */
  showFinishing(message: string): void {
    const w = this.window;
    if (!w || w.isDestroyed()) return;
    w.setTitle(`${this.cfg.appName} — ${message}`);
  }

  message(options: MessageBoxOptions) {
    const w = this.window;
    return w && !w.isDestroyed() ? dialog.showMessageBox(w, options) : dialog.showMessageBox(options);
  }

  private async showError(title: string, result: { error: { message: string } } | unknown): Promise<void> {
    const detail =
      typeof result === 'object' && result !== null && 'error' in result
        ? (result as { error: { message: string } }).error.message
        : result instanceof Error
          ? result.message
          : String(result);
    await this.message({ type: 'error', title, message: title, detail });
  }

  private menuAction(action: string): void {
    this.focus();
    sendPush(this.contents(), 'menuAction', { action });
  }

  private async pickNewLedgerPath(title: string, defaultName: string): Promise<string | null> {
    const w = this.window;
    const options = {
      title,
      defaultPath: join(this.ledger ? dirname(this.ledger.path) : this.cfg.userDataDir, defaultName),
      filters: LEDGER_FILTERS,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return null;
    const file = extname(r.filePath) ? r.filePath : `${r.filePath}.sqlite`;
    // A new ledger never overwrites a file, even after the platform's overwrite confirmation.
    if (existsSync(file)) {
      await this.message({
        type: 'warning',
        title,
        message: `“${basename(file)}” already exists.`,
        detail: 'Choose another name, or use Open Ledger… to open the existing file.',
      });
      return null;
    }
    return file;
  }

  async pickLedgerFile(): Promise<string | null> {
    const w = this.window;
    const options = {
      title: 'Open Ledger',
      defaultPath: this.ledger ? dirname(this.ledger.path) : this.cfg.userDataDir,
      filters: LEDGER_FILTERS,
      properties: ['openFile' as const],
    };
    const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }

  /** Restore a backup over a file that does not open (startup failure path). */
  restoreInto(path: string): Promise<boolean> {
    return offlineRestoreFlow(path, {
      backup: this.cfg.backup,
      pickFile: async (defaultPath) => {
        const r = await dialog.showOpenDialog({
          title: 'Choose a backup to restore',
          defaultPath,
          filters: LEDGER_FILTERS,
          properties: ['openFile'],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      confirm: async (message, detail) =>
        (
          await this.message({
            type: 'warning',
            title: 'Restore from Backup',
            message,
            detail,
            buttons: ['Restore', 'Cancel'],
            defaultId: 1,
            cancelId: 1,
          })
        ).response === 0,
      showError: (title, error) => this.showError(title, error),
    });
  }

  private async invoke<N extends MethodName>(name: N, input: unknown): Promise<Result<Output<N>> | null> {
    const ledger = this.ledger;
    if (!ledger) return null;
    return ledger.invoke(name, input);
  }

  readonly handlers: MenuHandlers = {
    newLedger: async () => {
      const file = await this.pickNewLedgerPath('New Ledger', 'New Ledger.sqlite');
      if (file) await this.switchTo(file, true);
    },
    openLedger: async () => {
      const file = await this.pickLedgerFile();
      if (file) await this.switchTo(file, false);
    },
    openRecent: async (path) => {
      if (!existsSync(path)) {
        await this.cfg.settings.update((s) => ({
          ...s,
          recentLedgers: s.recentLedgers.filter((p) => p !== path),
        }));
        this.refreshMenu();
        await this.message({
          type: 'warning',
          title: 'Open Recent',
          message: `“${basename(path)}” is no longer there.`,
          detail: path,
        });
        return;
      }
      await this.switchTo(path, false);
    },
    clearRecent: async () => {
      app.clearRecentDocuments();
      await this.cfg.settings.update((s) => ({ ...s, recentLedgers: [] }));
      this.refreshMenu();
    },
    backUpNow: async () => {
      const r = await this.invoke('createBackup', {});
      if (!r) return;
      if (!r.ok) return this.showError('Backup failed', r);
      await this.message({
        type: 'info',
        title: 'Back Up Now',
        message: 'Backup created.',
        detail: [
          r.value.name,
          `${r.value.eventCount} events · ${r.value.file}`,
          // Says so when the verification fell back to the main thread.
          ...(r.value.verifyMessage ? [r.value.verifyMessage] : []),
        ].join('\n'),
      });
    },
    // The renderer's Backups view lists the backups and restores through restoreBackup.
    restoreFromBackup: () => this.menuAction('backups'),
    // The account page previews and imports the statement (previewStatement, commitStatement).
    importStatement: () => this.menuAction('import-statement'),
    exportEvents: async () => {
      const ledger = this.ledger;
      const exportEvents = this.cfg.backup.exportEvents;
      if (!ledger || !exportEvents) return;
      const stamp = new Date().toISOString().slice(0, 10);
      const options = {
        title: 'Export Events',
        defaultPath: join(
          dirname(ledger.path),
          `${basename(ledger.path, extname(ledger.path))}-events-${stamp}.jsonl`,
        ),
        filters: [
          { name: 'Event log (JSON Lines)', extensions: ['jsonl'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const r = this.window
        ? await dialog.showSaveDialog(this.window, options)
        : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return;
      try {
        await exportEvents(ledger, r.filePath);
        await this.message({
          type: 'info',
          title: 'Export Events',
          message: 'Events exported.',
          detail: r.filePath,
        });
      } catch (error) {
        await this.showError('Export failed', error);
      }
    },
    importEvents: async () => {
      const importEvents = this.cfg.backup.importEvents;
      if (!importEvents) return;
      const options = {
        title: 'Import Events',
        filters: [
          { name: 'Event log (JSON Lines)', extensions: ['jsonl'] },
          { name: 'All files', extensions: ['*'] },
        ],
        properties: ['openFile' as const],
      };
      const src = this.window
        ? await dialog.showOpenDialog(this.window, options)
        : await dialog.showOpenDialog(options);
      const file = src.canceled ? undefined : src.filePaths[0];
      if (!file) return;
      // Importing builds a new ledger file; the open one is never changed.
      const target = await this.pickNewLedgerPath(
        'Import Events into a New Ledger',
        `${basename(file, extname(file))}.sqlite`,
      );
      if (!target) return;
      try {
        await importEvents(target, file);
      } catch (error) {
        return this.showError('Import failed', error);
      }
      await this.switchTo(target, false);
    },
    revealDataFolder: () => {
      if (this.ledger) shell.showItemInFolder(this.ledger.path);
      else void shell.openPath(this.cfg.userDataDir);
    },
    toggleDarkMode: () => {
      const theme = nativeTheme.shouldUseDarkColors ? 'light' : 'dark';
      // Tell the renderer first: its toggle reads the current prefers-color-scheme, which the
      // themeSource change below flips.
      this.menuAction('toggle-theme');
      nativeTheme.themeSource = theme;
      void this.cfg.settings.update((s) => ({ ...s, theme }));
      this.window?.setBackgroundColor(backgroundFor(theme === 'dark'));
    },
    rebuildProjections: async () => {
      if (!this.ledger || this.rebuildRunning) return;
      this.setRebuildRunning(true);
      this.menuAction('rebuild');
      const r = await this.invoke('startRebuild', {});
      if (!r) return;
      this.observeResult('startRebuild', r);
      if (!r.ok) {
        this.setRebuildRunning(false);
        await this.showError('Rebuild could not start', r);
      }
    },
    verifyLedger: async () => {
      const r = await this.invoke('verifyLedger', {});
      if (!r) return;
      if (!r.ok) return this.showError('Verification failed', r);
      const v = r.value;
      const diffs = v.projections.differences.map((d) => `• ${d.projection}: ${d.message}`).join('\n');
      await this.message({
        type: v.ok ? 'info' : 'warning',
        title: 'Verify Ledger',
        message: v.ok ? 'The ledger is intact.' : 'The ledger has problems.',
        detail: [
          `Hash chain: ${v.chain.message} (${v.chain.checked} events checked)`,
          v.projections.ok ? 'Projections match the event log.' : `Projections differ:\n${diffs}`,
        ].join('\n'),
      });
    },
    about: async () => {
      const r = await this.invoke('ledgerInfo', {});
      const lines = [`Version ${this.cfg.appVersion}`];
      if (r?.ok) lines.push(`Ledger: ${r.value.path}`, `Events: ${r.value.eventCount}`);
      else if (this.ledger) lines.push(`Ledger: ${this.ledger.path}`);
      else lines.push('No ledger open');
      lines.push(
        '',
        `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
      );
      await this.message({
        type: 'info',
        title: `About ${this.cfg.appName}`,
        message: this.cfg.appName,
        detail: lines.join('\n'),
      });
    },
  };
}
