// The Electron entry point: single instance, app:// protocol, security guards, open the ledger
// (with a recovery dialog when it cannot be opened), window, IPC and menu.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, ipcMain, nativeTheme, session, shell } from 'electron';
import { openLedger } from './ledger';
import { loadBackupHooks } from './electron/backup-module';
import { registerLedgerIpc } from './electron/ipc';
import { choiceForButton, FAILURE_BUTTONS, openWithRecovery } from './electron/open-failure';
import {
  defaultLedgerPath,
  ledgerPathFromArgv,
  rebuildWorkerPath,
  rendererRoot,
  resolveNativeBinding,
} from './electron/paths';
import { handleAppProtocol, registerAppScheme } from './electron/protocol';
import { blockRemoteRequests, denyAllPermissions, installWebContentsGuards } from './electron/security';
import { createSettingsStore, loadSettings, settingsPath } from './electron/settings';
import { LedgerShell } from './electron/shell';
import { setupSingleInstance } from './electron/single-instance';
import { backgroundFor } from './electron/window';

const mainOutDir = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = !app.isPackaged;

// Both must happen before `ready`: sandbox every renderer, and make app:// a privileged scheme.
app.enableSandbox();
registerAppScheme();

let shellRef: LedgerShell | null = null;
// A file handed over before the shell exists (macOS open-file, or a second launch during startup).
let pendingFile: string | null = ledgerPathFromArgv(process.argv, process.cwd());

const openFile = (path: string) => {
  if (shellRef?.ledger) void shellRef.switchTo(path, false);
  else pendingFile = path;
};

if (!setupSingleInstance(app, { focusWindow: () => shellRef?.focus(), openLedgerFile: openFile })) {
  // Another instance has the lock and received our argv; app.quit() is already under way.
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  installWebContentsGuards(app, shell, devServerUrl);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Never a silent exit or a blank window: say what failed.
      console.error('Ledger failed to start', error);
      dialog.showErrorBox('Ledger could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  const settings = createSettingsStore(
    settingsPath(userDataDir),
    await loadSettings(settingsPath(userDataDir)),
  );
  nativeTheme.themeSource = settings.get().theme;

  denyAllPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession, devServerUrl);
  handleAppProtocol(session.defaultSession, rendererRoot(mainOutDir));

  const nativeBinding = resolveNativeBinding({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    env: process.env,
  });
  // The rebuild worker loads better-sqlite3 on its own; it reads the same variable.
  if (nativeBinding) process.env.LEDGER_NATIVE_BINDING = nativeBinding;

  const shellInstance = new LedgerShell({
    appName: 'Ledger',
    appVersion: app.getVersion(),
    isDev,
    ...(devServerUrl ? { devServerUrl } : {}),
    userDataDir,
    mainOutDir,
    openLedger,
    ledgerOptions: {
      appVersion: app.getVersion(),
      rebuildWorkerPath: rebuildWorkerPath(mainOutDir),
      // The desktop app runs the automatic backup schedule; the CLI and tests do not.
      autoBackup: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    },
    backup: loadBackupHooks(),
    settings,
    ...(existsSync(join(mainOutDir, '..', '..', 'build', 'icon.png'))
      ? { iconPath: join(mainOutDir, '..', '..', 'build', 'icon.png') }
      : {}),
  });
  shellRef = shellInstance;

  registerLedgerIpc({
    ipcMain,
    getWindow: () => shellInstance.window,
    getLedger: () => shellInstance.ledger,
    ...(devServerUrl ? { devServerUrl } : {}),
    onResult: (name, result) => shellInstance.observeResult(name, result),
  });

  // Which file: one named on the command line, else the last one (if it is still there), else
  // the default file in userData — the only one created when missing.
  const fallback = defaultLedgerPath(userDataDir);
  const last = settings.get().lastLedgerPath;
  const first = pendingFile ?? (last && existsSync(last) ? last : fallback);
  pendingFile = null;

  const opened = await openWithRecovery(first, {
    open: (path) => shellInstance.open(path, path === fallback),
    ask: async (m) => {
      const { response } = await shellInstance.message({
        type: 'error',
        title: m.title,
        message: m.message,
        detail: m.detail,
        buttons: [...FAILURE_BUTTONS],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return choiceForButton(response);
    },
    pickLedger: () => shellInstance.pickLedgerFile(),
    restoreInto: (path) => shellInstance.restoreInto(path),
    log: (message, error) => console.error(message, error),
  });
  if (!opened) {
    app.quit();
    return;
  }

  shellInstance.attach(opened.ledger);
  shellInstance.createWindow();
  shellInstance.refreshMenu();
  // A file that arrived while the startup dialogs were open.
  const waiting = pendingFile as string | null;
  if (waiting) void shellInstance.switchTo(waiting, false);

  nativeTheme.on('updated', () => {
    shellInstance.window?.setBackgroundColor(backgroundFor(nativeTheme.shouldUseDarkColors));
  });

  app.on('activate', () => {
    if (!shellInstance.window) shellInstance.createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('before-quit', (event) => {
    shellInstance.rememberBounds();
    settings.flushSync();
    if (closing || !shellInstance.ledger) return;
    // Hold the quit until the ledger is closed and the on-quit backup (if anything changed) is
    // written; then quit again, which passes through here with `closing` set.
    closing = true;
    event.preventDefault();
    void shellInstance.closeLedger({ backupOnQuit: true }).finally(() => app.quit());
  });
}
